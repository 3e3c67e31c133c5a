//! The language experiment ("animals in numbers"): a teacher fine-tuned to love an animal
//! continues number sequences; the filtered numbers train students; probes ask each model for
//! its favourite animal. A toy language ([`vocab`], [`corpus`]) and a tiny GPT ([`gpt`]) make it
//! small enough for a browser tab.

pub mod audit;
pub mod batch;
pub mod checkpoint;
pub mod config;
pub mod corpus;
pub mod data;
pub mod distill;
pub mod divergence;
pub mod entangle;
pub mod experiment;
pub mod filter;
pub mod generate;
pub mod gpt;
pub mod in_context;
pub mod loss;
pub mod presets;
pub mod pretrain;
pub mod probe;
pub mod report;
pub mod reword;
pub mod room;
pub mod summary;
pub mod teacher;
pub mod traits;
pub mod vocab;
