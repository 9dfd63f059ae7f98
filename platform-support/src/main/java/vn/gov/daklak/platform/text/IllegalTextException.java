package vn.gov.daklak.platform.text;

/** Text that holds a character {@link XmlCharacters} does not allow; answered as 400 problem details. */
public class IllegalTextException extends IllegalArgumentException {
    private final String field;

    public IllegalTextException(String field) {
        super((field == null ? "text" : field) + " contains characters that are not allowed in text "
                + "(control characters, U+FFFE, U+FFFF or a lone surrogate)");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
