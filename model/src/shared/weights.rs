//! The weights file: how trained models are shipped in `assets/` and fetched by the page.
//!
//! Layout (all integers little-endian):
//! `b"SLPW"`, format version `u32`, header length `u32`, header (JSON), the parameters as `f32`
//! in header order, then a CRC-32 of everything before it. The header names the architecture
//! and every parameter's shape, so a file made for another model is refused with a message
//! instead of loading garbage.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::shared::params::NamedTensor;

const MAGIC: &[u8; 4] = b"SLPW";
const VERSION: u32 = 1;

/// What a weights file says about itself.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct WeightsHeader {
    /// "gpt" or "mlp".
    pub architecture: String,
    /// The architecture's config, as JSON.
    pub config: serde_json::Value,
    /// How the weights were made (command, seeds, final loss...).
    pub provenance: serde_json::Value,
    pub parameters: Vec<ParameterEntry>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ParameterEntry {
    pub name: String,
    pub shape: Vec<usize>,
}

/// A weights file in memory.
#[derive(Clone, Debug, PartialEq)]
pub struct WeightsFile {
    pub header: WeightsHeader,
    pub tensors: Vec<NamedTensor>,
}

/// Why a weights file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightsError {
    Truncated { len: usize },
    NotAWeightsFile,
    UnsupportedVersion(u32),
    ChecksumMismatch,
    BadHeader(String),
    WrongDataLength { expected: usize, found: usize },
    WrongArchitecture { expected: String, found: String },
    ConfigMismatch { expected: String, found: String },
    ParameterMismatch(String),
    NotFinite(String),
}

impl fmt::Display for WeightsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WeightsError::*;
        match self {
            Truncated { len } => write!(f, "the weights file is truncated ({len} bytes)"),
            NotAWeightsFile => write!(f, "this is not a Subliminal Playground weights file"),
            UnsupportedVersion(v) => write!(f, "weights file format version {v} is not supported (expected {VERSION})"),
            ChecksumMismatch => write!(f, "the weights file is corrupt (checksum mismatch)"),
            BadHeader(e) => write!(f, "the weights file header is unreadable: {e}"),
            WrongDataLength { expected, found } => {
                write!(f, "the weights file holds {found} bytes of parameters, its header promises {expected}")
            }
            WrongArchitecture { expected, found } => {
                write!(f, "the weights are for a {found} model, not a {expected} model")
            }
            ConfigMismatch { expected, found } => {
                write!(f, "the weights were made for another model configuration: expected {expected}, file has {found}")
            }
            ParameterMismatch(e) => write!(f, "the weights do not fit the model: {e}"),
            NotFinite(name) => write!(f, "the weights hold a non-finite value in {name}"),
        }
    }
}

impl std::error::Error for WeightsError {}

impl WeightsFile {
    pub fn to_bytes(&self) -> Vec<u8> {
        let header = serde_json::to_vec(&self.header).expect("a header is always serialisable");
        let mut bytes = Vec::new();
        bytes.extend_from_slice(MAGIC);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        bytes.extend_from_slice(&(header.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&header);
        for tensor in &self.tensors {
            for v in &tensor.values {
                bytes.extend_from_slice(&v.to_le_bytes());
            }
        }
        let crc = crc32fast::hash(&bytes);
        bytes.extend_from_slice(&crc.to_le_bytes());
        bytes
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, WeightsError> {
        let truncated = WeightsError::Truncated { len: bytes.len() };
        if bytes.len() < 4 {
            return Err(truncated);
        }
        if &bytes[..4] != MAGIC {
            return Err(WeightsError::NotAWeightsFile);
        }
        if bytes.len() < 16 {
            return Err(truncated);
        }
        let u32_at = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap());
        let version = u32_at(4);
        if version != VERSION {
            return Err(WeightsError::UnsupportedVersion(version));
        }
        let (body, crc) = bytes.split_at(bytes.len() - 4);
        if crc32fast::hash(body) != u32::from_le_bytes(crc.try_into().unwrap()) {
            return Err(WeightsError::ChecksumMismatch);
        }
        let header_len = u32_at(8) as usize;
        let header_end = 12usize.checked_add(header_len).filter(|&e| e <= body.len()).ok_or(truncated)?;
        let header: WeightsHeader = serde_json::from_slice(&body[12..header_end]).map_err(|e| WeightsError::BadHeader(e.to_string()))?;
        let data = &body[header_end..];
        let expected: usize = header.parameters.iter().map(|p| p.shape.iter().product::<usize>() * 4).sum();
        if data.len() != expected {
            return Err(WeightsError::WrongDataLength { expected, found: data.len() });
        }
        let mut floats = data.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap()));
        let mut tensors = Vec::new();
        for entry in &header.parameters {
            let count = entry.shape.iter().product();
            let values: Vec<f32> = floats.by_ref().take(count).collect();
            if values.iter().any(|v| !v.is_finite()) {
                return Err(WeightsError::NotFinite(entry.name.clone()));
            }
            tensors.push(NamedTensor { name: entry.name.clone(), shape: entry.shape.clone(), values });
        }
        Ok(Self { header, tensors })
    }

    /// Checks that these weights fit a model whose parameters are `expected` (names and shapes).
    pub fn check_fits(&self, architecture: &str, expected: &[(String, Vec<usize>)]) -> Result<(), WeightsError> {
        if self.header.architecture != architecture {
            return Err(WeightsError::WrongArchitecture { expected: architecture.into(), found: self.header.architecture.clone() });
        }
        if expected.len() != self.tensors.len() {
            return Err(WeightsError::ParameterMismatch(format!(
                "the model has {} parameter tensors, the file {}",
                expected.len(),
                self.tensors.len()
            )));
        }
        for ((name, shape), tensor) in expected.iter().zip(&self.tensors) {
            if *name != tensor.name || *shape != tensor.shape {
                return Err(WeightsError::ParameterMismatch(format!(
                    "expected {name} {shape:?}, found {} {:?}",
                    tensor.name, tensor.shape
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> WeightsFile {
        WeightsFile {
            header: WeightsHeader {
                architecture: "gpt".into(),
                config: serde_json::json!({"d": 2}),
                provenance: serde_json::json!({"command": "test"}),
                parameters: vec![ParameterEntry { name: "w".into(), shape: vec![2, 3] }],
            },
            tensors: vec![NamedTensor { name: "w".into(), shape: vec![2, 3], values: vec![1., 2., 3., 4., 5., 6.] }],
        }
    }

    #[test]
    fn a_file_round_trips() {
        let file = sample();
        assert_eq!(WeightsFile::from_bytes(&file.to_bytes()).unwrap(), file);
    }

    #[test]
    fn damaged_files_give_clear_errors() {
        let bytes = sample().to_bytes();
        assert!(matches!(WeightsFile::from_bytes(&bytes[..2]), Err(WeightsError::Truncated { .. })));
        assert!(matches!(WeightsFile::from_bytes(b"<!DOCTYPE html><html>"), Err(WeightsError::NotAWeightsFile)));
        // Cut in the middle: the checksum no longer matches.
        assert!(matches!(WeightsFile::from_bytes(&bytes[..bytes.len() - 9]), Err(WeightsError::ChecksumMismatch)));
        let mut flipped = bytes.clone();
        flipped[bytes.len() - 10] ^= 0x40;
        assert!(matches!(WeightsFile::from_bytes(&flipped), Err(WeightsError::ChecksumMismatch)));
        let mut future = bytes.clone();
        future[4] = 9;
        assert!(matches!(WeightsFile::from_bytes(&future), Err(WeightsError::UnsupportedVersion(9))));
    }

    #[test]
    fn a_file_for_another_model_is_refused() {
        let file = sample();
        assert!(file.check_fits("gpt", &[("w".into(), vec![2, 3])]).is_ok());
        assert!(matches!(file.check_fits("mlp", &[("w".into(), vec![2, 3])]), Err(WeightsError::WrongArchitecture { .. })));
        assert!(matches!(file.check_fits("gpt", &[("w".into(), vec![3, 2])]), Err(WeightsError::ParameterMismatch(_))));
    }
}
