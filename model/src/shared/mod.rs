//! The machinery every experiment uses: training steps and clocks, statistics across seeds,
//! weights files, the run's plan of stages, seeded initialisation, parameter access and config errors.

pub mod compute;
pub mod config;
pub mod error;
pub mod init;
pub mod params;
pub mod plan;
pub mod read;
pub mod rng;
pub mod settings;
pub mod stats;
pub mod train;
pub mod weights;
