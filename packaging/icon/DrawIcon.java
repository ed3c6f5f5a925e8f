import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the program's icon: a promise kept on time. A white check mark on the government's dark blue,
 * with an orange dot for the deadline. Shapes, not lines, so that it still reads at 16 pixels.
 * Run from this folder: java DrawIcon.java   (writes toezeggingen-*.png, toezeggingen.ico, toezeggingen.icns)
 */
public class DrawIcon {
    static final Color BLUE = new Color(0x15, 0x42, 0x73);
    static final Color ORANGE = new Color(0xF0, 0x8A, 0x24);

    public static void main(String[] args) throws IOException {
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            byte[] png = png(draw(size));
            pngs.put(size, png);
            if (size <= 512) {
                Files.write(Path.of("toezeggingen-" + size + ".png"), png);
            }
        }
        Files.write(Path.of("toezeggingen.ico"), ico(pngs, 16, 32, 48, 64, 128, 256));
        Files.write(Path.of("toezeggingen.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double inset = size <= 16 ? 0 : s * 0.04;
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(inset, inset, s - 2 * inset, s - 2 * inset, s * 0.28, s * 0.28));
        Path2D check = new Path2D.Double();
        check.moveTo(s * 0.20, s * 0.56);
        check.lineTo(s * 0.40, s * 0.76);
        check.lineTo(s * 0.70, s * 0.42);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(2.2, s * 0.13), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(check);
        double dot = Math.max(4, s * 0.24);
        g.setColor(ORANGE);
        g.fill(new java.awt.geom.Ellipse2D.Double(s - inset - dot - s * 0.04, inset + s * 0.04, dot, dot));
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG entries, as Windows has read them since Vista. */
    static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int size : sizes) {
            total += pngs.get(size).length;
        }
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int size : sizes) {
            byte[] png = pngs.get(size);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            out.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            out.putInt(png.length).putInt(offset);
            offset += png.length;
        }
        for (int size : sizes) {
            out.put(pngs.get(size));
        }
        return out.array();
    }

    /** ICNS with PNG entries (macOS 10.7 and later). */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(body);
        for (Map.Entry<String, Integer> type : types.entrySet()) {
            byte[] png = pngs.get(type.getValue());
            entries.writeBytes(type.getKey());
            entries.writeInt(png.length + 8);
            entries.write(png);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(file);
        out.writeBytes("icns");
        out.writeInt(body.size() + 8);
        out.write(body.toByteArray());
        return file.toByteArray();
    }
}
