//! A QR code of a short text, drawn as one SVG path: a participant's room link, for a
//! facilitator's phone to scan (`SendToRoom`). Encoded by Nayuki's qrcodegen; drawn here, so it
//! needs no image and no inline style (the page runs under a strict Content-Security-Policy).

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// The light margin scanners need around a code, in modules.
const QUIET_ZONE: i32 = 4;

/// A QR code: its side in modules (quiet zone included) and the path of its dark modules, a unit
/// square each, in those units.
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    pub side: usize,
    pub path: String,
}

impl Qr {
    /// The code of `text` at medium error correction, or None when it is too long for a QR code.
    pub fn of(text: &str) -> Option<Qr> {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
        let size = code.size();
        let mut path = String::new();
        for y in 0..size {
            for x in 0..size {
                if code.get_module(x, y) {
                    let _ = write!(path, "M{},{}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE);
                }
            }
        }
        Some(Qr { side: (size + 2 * QUIET_ZONE) as usize, path })
    }

    /// Whether the module at (x, y), quiet zone included, is dark: read back from the path.
    #[cfg(test)]
    fn dark(&self, x: usize, y: usize) -> bool {
        self.path.contains(&format!("M{x},{y}h"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_room_link_drawn_as_a_path_scans_back_to_the_same_link() {
        let link = format!(
            "https://playground.example.org/{}",
            crate::address::room_query("SL1.0badc0de.17.teacher+53.10.student+11.07.cross_init-0.33.control-0.51")
        );
        let qr = Qr::of(&link).expect("a link fits");
        // Scanned as a camera would see it: 4 pixels a module, dark on light.
        let scale = 4;
        let pixels = qr.side * scale;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| if qr.dark(x / scale, y / scale) { 0 } else { 255 });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().expect("it decodes");
        assert_eq!(content, link);
    }

    #[test]
    fn a_text_too_long_for_any_qr_code_is_none() {
        assert!(Qr::of(&"7".repeat(8000)).is_none());
    }
}
