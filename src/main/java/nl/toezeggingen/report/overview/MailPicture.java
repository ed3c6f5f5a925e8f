package nl.toezeggingen.report.overview;

/**
 * A picture to show inline in the e-mail: the PNG and the size it is to be shown at. Outlook lays mail out with
 * Word's engine, which ignores CSS such as max-width; it honours the width and height attributes, so the mail
 * carries them.
 *
 * @param caption a line under the picture (e.g. that it shows only part of the list), or null for none
 */
public record MailPicture(byte[] png, int width, int height, String caption) {
    /** The picture's Content-ID in the mail: the HTML shows it as {@code cid:tijdlijn@toezeggingen}. */
    public static final String CID = "tijdlijn@toezeggingen";
    /** Its file name, should the user save it from the mail. */
    public static final String FILE_NAME = "tijdlijn.png";

    public MailPicture {
        if (png == null || png.length == 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a mail picture needs its bytes and a size");
        }
    }
}
