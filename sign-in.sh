#!/usr/bin/env bash
# Signs in on the running embedded default (./run-local.sh) the way the apps do, and prints an access token:
# asks identity-service for a one-time code, reads it from notification-service's local SMS sink (where the SMS
# would have gone), and exchanges it at the token endpoint.
#   ./sign-in.sh 0912345678          a resident (province app); the account is created at the first sign-in
#   ./sign-in.sh 0900000001 staff    a staff member (staff web); 0900000001 is the demo province administrator
# Needs only curl. IDENTITY_URL and NOTIFICATION_URL override http://localhost:8084 and http://localhost:8083.
set -euo pipefail
phone="${1:?usage: ./sign-in.sh <phone 0xxxxxxxxx> [resident|staff]}"
kind="${2:-resident}"
identity="${IDENTITY_URL:-http://localhost:8084}"
notification="${NOTIFICATION_URL:-http://localhost:8083}"
case "$kind" in
  resident) client=daklak-province-app ;;
  staff) client=daklak-staff-web ;;
  *) echo "kind must be resident or staff" >&2; exit 2 ;;
esac
e164="%2B84${phone#0}"
json_field() { sed -n "s/.*\"$1\":\"\\([^\"]*\\)\".*/\\1/p"; }

sink="${notification}/api/v1/local-sinks?channel=SMS&address=${e164}"
before=$(curl -sf "$sink" | grep -o '"text"' | wc -l || true)
challenge=$(curl -sf -X POST "${identity}/api/v1/auth/otp" -H 'Content-Type: application/json' \
  -d "{\"phone\":\"${phone}\",\"clientId\":\"${client}\"}" | json_field challengeId)
[[ -n "$challenge" ]] || { echo "identity-service refused to send a code" >&2; exit 1; }

code=""
for _ in $(seq 1 60); do
  messages=$(curl -sf "$sink" || true)
  if (( $(grep -o '"text"' <<<"$messages" | wc -l) > before )); then
    code=$(grep -o '"text":"[^"]*"' <<<"$messages" | tail -1 | grep -o '[0-9]\{6\}' | head -1)
    break
  fi
  sleep 0.5
done
[[ -n "$code" ]] || { echo "no code arrived in the local SMS sink (is notification-service up?)" >&2; exit 1; }

token=$(curl -sf "${identity}/oauth2/token" -d "client_id=${client}" \
  -d "grant_type=urn:vn:gov:daklak:params:oauth:grant-type:phone-otp" \
  -d "challenge_id=${challenge}" -d "code=${code}" | json_field access_token)
[[ -n "$token" ]] || { echo "the code was refused (staff: is the phone a staff member's?)" >&2; exit 1; }
echo "$token"
