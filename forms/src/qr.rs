//! Receipt codes as QR codes, so a respondent's phone camera (or a focal point's) opens the
//! community review page with the code already filled in. The symbol is drawn as one SVG
//! path: no image library on the phone, and it prints sharp at any size.
//!
//! Encoded with `qrcodegen` in byte mode with a fixed mask; tested by decoding with an
//! independent reader (`rqrr`).

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// A QR symbol: `size` × `size` modules, dark where `true` (row by row).
pub struct Symbol {
    pub size: u32,
    pub dark: Vec<bool>,
}

/// Encode `text` (the review page's address with the code) at medium error correction,
/// which survives a creased or smudged paper slip; `None` for text longer than a
/// version-10 symbol holds (about 200 bytes). Byte mode and a fixed mask: every reader
/// decodes them, and the phone's download carries no mode detection or mask scoring.
pub fn encode(text: &str) -> Option<Symbol> {
    let segments = [QrSegment::make_bytes(text.as_bytes())];
    let qr = QrCode::encode_segments_advanced(
        &segments,
        QrCodeEcc::Medium,
        Version::new(1),
        Version::new(10),
        Some(Mask::new(0)),
        false,
    )
    .ok()?;
    let size = qr.size();
    let dark = (0..size)
        .flat_map(|y| (0..size).map(move |x| (x, y)))
        .map(|(x, y)| qr.get_module(x, y))
        .collect();
    Some(Symbol {
        size: size as u32,
        dark,
    })
}

impl Symbol {
    /// The dark modules as an SVG path in module units, one rectangle per horizontal run
    /// (`M x y h n v 1 h -n z`), for a `viewBox` of `-4 -4 size+8 size+8` (the quiet zone).
    pub fn svg_path(&self) -> String {
        let n = self.size as usize;
        let mut path = String::new();
        for y in 0..n {
            let row = &self.dark[y * n..(y + 1) * n];
            let mut x = 0;
            while x < n {
                if !row[x] {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < n && row[x] {
                    x += 1;
                }
                let run = (x - start).to_string();
                for part in [
                    "M",
                    &start.to_string(),
                    " ",
                    &y.to_string(),
                    "h",
                    &run,
                    "v1h-",
                    &run,
                    "z",
                ] {
                    path.push_str(part);
                }
            }
        }
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Render the symbol as a bitmap (4 pixels a module, quiet zone included) and read it
    /// back with an independent decoder.
    fn decode(symbol: &Symbol) -> String {
        let scale = 4usize;
        let n = symbol.size as usize;
        let side = (n + 8) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_bitmap(side, side, |x, y| {
            let (mx, my) = (x / scale, y / scale);
            (4..n + 4).contains(&mx)
                && (4..n + 4).contains(&my)
                && symbol.dark[(my - 4) * n + (mx - 4)]
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one symbol found");
        grids[0].decode().expect("the symbol decodes").1
    }

    #[test]
    fn a_receipt_address_reads_back_from_its_symbol() {
        let text = "https://sauti.example.org/community#r=7K3M-9QPA-X2RT-5";
        let symbol = encode(text).expect("encodes");
        assert_eq!(decode(&symbol), text);
        // Finder pattern: the top-left 7×7 square's border is dark, its ring light.
        let n = symbol.size as usize;
        assert!((0..7).all(|i| symbol.dark[i] && symbol.dark[6 * n + i]));
        assert!(!symbol.dark[n + 1] && symbol.dark[2 * n + 2]);
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let symbol = encode("7K3M-9QPA-X2RT-5").expect("encodes");
        let path = symbol.svg_path();
        let drawn: usize = path
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(drawn, symbol.dark.iter().filter(|d| **d).count());
        assert!(path.starts_with("M0 0h7v1h-7z"), "{}", &path[..20]);
    }
}
