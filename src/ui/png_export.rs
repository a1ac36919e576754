//! Charts as PNG: ask the renderer for a screenshot, cut out the chart, write it atomically.

use std::path::PathBuf;

/// A chart waiting for the screenshot that will contain it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub path: PathBuf,
    /// The chart's rectangle in points.
    pub rect: egui::Rect,
}

/// Cut `rect` (in points) out of a screenshot and encode it as PNG.
pub fn crop_png(
    image: &egui::ColorImage,
    rect: egui::Rect,
    pixels_per_point: f32,
) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let x0 = ((rect.min.x * pixels_per_point).floor().max(0.0) as usize).min(w);
    let y0 = ((rect.min.y * pixels_per_point).floor().max(0.0) as usize).min(h);
    let x1 = ((rect.max.x * pixels_per_point).ceil().max(0.0) as usize).min(w);
    let y1 = ((rect.max.y * pixels_per_point).ceil().max(0.0) as usize).min(h);
    if x1 <= x0 || y1 <= y0 {
        return Err(crate::strings::t().chart_off_screen.into());
    }
    let mut rgba = Vec::with_capacity((x1 - x0) * (y1 - y0) * 4);
    for y in y0..y1 {
        for p in &image.pixels[y * w + x0..y * w + x1] {
            rgba.extend_from_slice(&p.to_srgba_unmultiplied());
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, (x1 - x0) as u32, (y1 - y0) as u32);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut writer = enc.write_header().map_err(|e| e.to_string())?;
        writer.write_image_data(&rgba).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crops_the_rect_and_writes_a_png() {
        let mut image = egui::ColorImage::filled([20, 10], egui::Color32::WHITE);
        image.pixels[3 * 20 + 5] = egui::Color32::RED;
        let rect = egui::Rect::from_min_max(egui::pos2(2.5, 1.5), egui::pos2(4.0, 3.0));
        let bytes = crop_png(&image, rect, 2.0).expect("png");
        assert_eq!(&bytes[1..4], b"PNG");
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let reader = decoder.read_info().expect("header");
        let info = reader.info();
        assert_eq!((info.width, info.height), (3, 3));
        assert!(
            crop_png(
                &image,
                egui::Rect::from_min_max(egui::pos2(50.0, 50.0), egui::pos2(60.0, 60.0)),
                1.0
            )
            .is_err()
        );
    }
}
