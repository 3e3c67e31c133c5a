//! The 10,000 real MNIST digits shipped in `assets/mnist.bin`, and their fixed 8,000 / 2,000
//! stratified split. The file is made by `scripts/make-mnist-asset.py` (see assets/README.md).

use rand::seq::SliceRandom;
use rand::SeedableRng;

use crate::shared::rng::fixed;
use rand_chacha::ChaCha8Rng;
use std::fmt;

pub const SIDE: usize = 28;
pub const PIXELS: usize = SIDE * SIDE;
const MAGIC: &[u8; 4] = b"SLMN";
pub const TEST_SHARE: f64 = 0.2;

/// Digits as 8-bit images with labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Digits {
    pub pixels: Vec<u8>,
    pub labels: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DigitsError {
    Truncated { len: usize },
    NotADigitsFile,
    UnsupportedVersion(u32),
    ChecksumMismatch,
    WrongShape(String),
    BadLabel(u8),
}

impl fmt::Display for DigitsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DigitsError::Truncated { len } => write!(f, "the digits file is truncated ({len} bytes)"),
            DigitsError::NotADigitsFile => write!(f, "this is not a Subliminal Playground digits file"),
            DigitsError::UnsupportedVersion(v) => write!(f, "digits file version {v} is not supported (expected 1)"),
            DigitsError::ChecksumMismatch => write!(f, "the digits file is corrupt (checksum mismatch)"),
            DigitsError::WrongShape(e) => write!(f, "the digits file has the wrong shape: {e}"),
            DigitsError::BadLabel(l) => write!(f, "the digits file holds the label {l}, not a digit"),
        }
    }
}

impl std::error::Error for DigitsError {}

impl Digits {
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DigitsError> {
        if bytes.len() >= 4 && &bytes[..4] != MAGIC {
            return Err(DigitsError::NotADigitsFile);
        }
        if bytes.len() < 24 {
            return Err(DigitsError::Truncated { len: bytes.len() });
        }
        let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
        if u32_at(4) != 1 {
            return Err(DigitsError::UnsupportedVersion(u32_at(4)));
        }
        let (body, crc) = bytes.split_at(bytes.len() - 4);
        if crc32fast::hash(body) != u32::from_le_bytes(crc.try_into().unwrap()) {
            return Err(DigitsError::ChecksumMismatch);
        }
        let (count, rows, cols) = (u32_at(8) as usize, u32_at(12) as usize, u32_at(16) as usize);
        if rows != SIDE || cols != SIDE {
            return Err(DigitsError::WrongShape(format!("{rows}x{cols} images, expected {SIDE}x{SIDE}")));
        }
        let expected = 20 + count * (PIXELS + 1);
        if body.len() != expected {
            return Err(DigitsError::WrongShape(format!("{count} images need {expected} bytes, found {}", body.len())));
        }
        let pixels = body[20..20 + count * PIXELS].to_vec();
        let labels = body[20 + count * PIXELS..].to_vec();
        if let Some(&bad) = labels.iter().find(|&&l| l > 9) {
            return Err(DigitsError::BadLabel(bad));
        }
        Ok(Self { pixels, labels })
    }

    /// Image `i` scaled to [-1, 1], as the study fed its networks.
    pub fn image(&self, i: usize) -> impl Iterator<Item = f32> + '_ {
        self.pixels[i * PIXELS..(i + 1) * PIXELS].iter().map(|&p| p as f32 / 127.5 - 1.0)
    }

    fn subset(&self, indices: &[usize]) -> Self {
        Self {
            pixels: indices.iter().flat_map(|&i| self.pixels[i * PIXELS..(i + 1) * PIXELS].iter().copied()).collect(),
            labels: indices.iter().map(|&i| self.labels[i]).collect(),
        }
    }

    /// The fixed stratified split: 20% of each digit for testing, the rest for training.
    pub fn split(&self) -> (Self, Self) {
        let mut rng = ChaCha8Rng::seed_from_u64(fixed::DIGIT_SPLIT);
        let (mut train, mut test) = (Vec::new(), Vec::new());
        for digit in 0..10u8 {
            let mut of_digit: Vec<usize> = (0..self.len()).filter(|&i| self.labels[i] == digit).collect();
            of_digit.shuffle(&mut rng);
            let n_test = (of_digit.len() as f64 * TEST_SHARE).round() as usize;
            test.extend_from_slice(&of_digit[..n_test]);
            train.extend_from_slice(&of_digit[n_test..]);
        }
        (self.subset(&train), self.subset(&test))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Vec<u8> {
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/mnist.bin")).expect("assets/mnist.bin")
    }

    #[test]
    fn the_shipped_digits_load_and_split_eight_to_two_in_every_class() {
        let digits = Digits::from_bytes(&shipped()).unwrap();
        assert_eq!(digits.len(), 10_000);
        let (train, test) = digits.split();
        assert_eq!((train.len(), test.len()), (8_000, 2_000));
        for d in 0..10u8 {
            let n_train = train.labels.iter().filter(|&&l| l == d).count();
            let n_test = test.labels.iter().filter(|&&l| l == d).count();
            let share = n_test as f64 / (n_train + n_test) as f64;
            assert!((share - TEST_SHARE).abs() < 0.005, "digit {d}: {n_test} test of {}", n_train + n_test);
            assert!(n_test > 150, "every digit is well represented in the test set");
        }
        assert_eq!(digits.split(), (train, test), "the split is fixed");
        let pixels: Vec<f32> = digits.image(0).collect();
        assert!(pixels.iter().all(|p| (-1.0..=1.0).contains(p)) && pixels.iter().any(|p| *p > 0.5));
    }

    #[test]
    fn damaged_digit_files_are_refused_with_a_reason() {
        let bytes = shipped();
        assert!(matches!(Digits::from_bytes(&bytes[..10]), Err(DigitsError::Truncated { .. })));
        assert!(matches!(Digits::from_bytes(&bytes[..bytes.len() - 1000]), Err(DigitsError::ChecksumMismatch)));
        let mut flipped = bytes.clone();
        flipped[5000] ^= 1;
        assert!(matches!(Digits::from_bytes(&flipped), Err(DigitsError::ChecksumMismatch)));
        assert!(matches!(Digits::from_bytes(b"PK\x03\x04 a zip file"), Err(DigitsError::NotADigitsFile)));
    }
}
