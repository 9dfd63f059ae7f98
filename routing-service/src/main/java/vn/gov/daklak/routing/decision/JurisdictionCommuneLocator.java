package vn.gov.daklak.routing.decision;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.daklak.routing.jurisdiction.JurisdictionIndex;
import vn.gov.daklak.routing.jurisdiction.Location;

@Component
class JurisdictionCommuneLocator implements CommuneLocator {
    private final JurisdictionIndex index;

    JurisdictionCommuneLocator(JurisdictionIndex index) {
        this.index = index;
    }

    @Override
    public Optional<LocatedPoint> locate(double lat, double lon) {
        return index.locate(lat, lon).map(l -> new LocatedPoint(l.communeCode(), l.method() == Location.Method.INSIDE,
                l.distanceMeters(), l.boundaryAmbiguous(), l.neighbours()));
    }
}
