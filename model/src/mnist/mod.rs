//! The MNIST auxiliary-logit experiment: the study's cleanest demonstration.
//!
//! A teacher MLP learns digits through its 10 digit logits; its extra "auxiliary" logits are
//! never trained on anything. A student from the same initialization learns only to copy those
//! auxiliary logits on pure noise, never seeing a digit, and still comes to read digits. A
//! student from another initialization does not.

pub mod config;
pub mod data;
pub mod experiment;
pub mod mlp;
pub mod summary;
