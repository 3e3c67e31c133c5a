//! Turning a [`Gpt`] into a weights file and back.

use burn::prelude::*;

use crate::owl::gpt::{Gpt, GptConfig};
use crate::shared::params::{parameter_tensors, read_parameters, write_parameters};
use crate::shared::weights::{ParameterEntry, WeightsError, WeightsFile, WeightsHeader};

const ARCHITECTURE: &str = "gpt";

/// Saves a model's weights with a note of how they were made.
pub async fn save_gpt(model: &Gpt, provenance: serde_json::Value) -> Result<WeightsFile, String> {
    let tensors = read_parameters(model).await?;
    Ok(WeightsFile {
        header: WeightsHeader {
            architecture: ARCHITECTURE.into(),
            config: serde_json::to_value(model.config()).expect("serialisable"),
            provenance,
            parameters: tensors.iter().map(|t| ParameterEntry { name: t.name.clone(), shape: t.shape.clone() }).collect(),
        },
        tensors,
    })
}

/// Builds a model from weights, refusing weights made for any other architecture or size.
pub fn load_gpt(file: &WeightsFile, expected: &GptConfig, device: &Device) -> Result<Gpt, WeightsError> {
    // Name the architecture first: an MLP's config would not even parse as a GPT's.
    if file.header.architecture != ARCHITECTURE {
        return Err(WeightsError::WrongArchitecture { expected: ARCHITECTURE.into(), found: file.header.architecture.clone() });
    }
    let found: GptConfig =
        serde_json::from_value(file.header.config.clone()).map_err(|e| WeightsError::BadHeader(format!("model config: {e}")))?;
    if found != *expected {
        return Err(WeightsError::ConfigMismatch {
            expected: serde_json::to_string(expected).unwrap(),
            found: serde_json::to_string(&found).unwrap(),
        });
    }
    let skeleton = Gpt::new(expected, 0, device);
    let layout: Vec<(String, Vec<usize>)> = parameter_tensors(&skeleton).into_iter().map(|(name, shape, _)| (name, shape)).collect();
    file.check_fits(ARCHITECTURE, &layout)?;
    Ok(write_parameters(skeleton, &file.tensors, device))
}

/// Reads a weights file from bytes and builds the model.
pub fn load_gpt_bytes(bytes: &[u8], expected: &GptConfig, device: &Device) -> Result<Gpt, WeightsError> {
    load_gpt(&WeightsFile::from_bytes(bytes)?, expected, device)
}
