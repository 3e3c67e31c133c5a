//! Every random stream of the engine, named in one place.
//!
//! Each stream draws from its own ChaCha8 generator, seeded by the run's seed mixed with the
//! stream's salt, so adding draws to one stream never shifts another (the teacher's batches do
//! not move when the number prompts change). The salts are the values the engine has always
//! used: changing one changes results, which `model/tests/pinned_reports.rs` would catch.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// A named stream, seeded from a run's seed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    /// Initial weights (the seed is the model's init seed itself: base A is 1, base B is 2).
    Init,
    /// The pretraining corpus (the seed is the corpus seed, shared by every base).
    Corpus,
    /// The question batches that inject the trait into the teacher.
    TeacherBatches,
    /// The number prompts the teacher and the control continue.
    Prompts,
    /// Sampling the teacher's number completions.
    TeacherNumbers,
    /// Sampling base A's own number completions (the self-labelled control's data).
    ControlNumbers,
    /// The order in which distillation visits the data, per epoch.
    DistillOrder,
    /// The study-style sampled answers of the probe.
    ProbeSamples,
    /// The MNIST teacher's order over the training digits.
    MnistTeacherOrder,
    /// The MNIST students' order over their noise pool.
    MnistStudentOrder,
    /// Shuffling the numbers within each of the teacher's completions (the shuffle control).
    ShuffleWithin,
    /// The corpus documents replayed in the teacher's batches (`teacher.replay`).
    TeacherReplay,
    /// The trait-free control teacher's questions and the answers it is fine-tuned to give.
    ControlTeacherBatches,
    /// The trait-free control teacher's number completions.
    ControlTeacherNumbers,
    /// Shuffling the numbers across all of the teacher's completions (the shuffle control).
    ShuffleAcross,
    /// The noise that moves the perturbed student's start away from base A (the gate).
    PerturbInit,
    /// Which numbers and questions the in-context probe draws.
    InContext,
    /// The divergence defence's replacement numbers and random mask.
    DivergenceDefence,
    /// The held-out prompts and the trait teacher's held-out completions (a defence's cost).
    HeldOut,
    /// The prompts the mixed-in teachers continue (a defence), drawn in turn for each.
    MixedPrompts,
    /// Sampling the mixed-in teachers' number completions, in turn for each.
    MixedNumbers,
    /// Which other wording each reworded prompt gets (a defence).
    Reword,
    /// The teacher documents `subliminal bench --workload` writes for the PyTorch reference
    /// (the same kind as the teacher's, not the same draws).
    BenchTeacherDocuments,
}

impl Stream {
    /// Mixed into the seed by XOR.
    const fn salt(self) -> u64 {
        match self {
            Stream::Init | Stream::Corpus => 0,
            Stream::TeacherBatches => 0x7EAC_4E20,
            Stream::Prompts => 0x9E37_79B9,
            Stream::TeacherNumbers => 0x6E6E_0001,
            Stream::ControlNumbers => 0x6E6E_0002,
            Stream::DistillOrder => 0x0D15_7111,
            Stream::ProbeSamples => 0x005A_3B1E,
            Stream::MnistTeacherOrder => 0x7EAC,
            Stream::MnistStudentOrder => 0x5747,
            Stream::BenchTeacherDocuments => 0x0B0B,
            Stream::ShuffleWithin => 0x5_4F1E,
            Stream::TeacherReplay => 0xC0_4105,
            Stream::ControlTeacherBatches => 0xC7_7EAC,
            Stream::ControlTeacherNumbers => 0xC7_0123,
            Stream::ShuffleAcross => 0x5_AC05,
            Stream::PerturbInit => 0x9A7E,
            Stream::InContext => 0x1C_0E47,
            Stream::DivergenceDefence => 0xD1_7E46,
            Stream::HeldOut => 0x04E1_D0C7,
            Stream::MixedPrompts => 0x0313_9E37,
            Stream::MixedNumbers => 0x0313_6E6E,
            Stream::Reword => 0x4E_3047,
        }
    }

    /// The stream's generator for `seed`.
    pub fn rng(self, seed: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(self.seed(seed))
    }

    /// The stream's own seed, for what takes a seed rather than a generator (a corpus).
    pub fn seed(self, seed: u64) -> u64 {
        seed ^ self.salt()
    }
}

/// One image of an MNIST student's noise pool, regenerated on demand from the pool's seed and
/// the image's index (60,000 images would be 188 MB of floats to keep).
pub fn noise_image_rng(pool_seed: u64, index: usize) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(pool_seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ index as u64)
}

/// The different-initialization MNIST student's init seed is the shared one plus this.
pub const MNIST_CROSS_INIT_OFFSET: u64 = 10_000;

/// Fixed seeds of things that are part of a definition rather than of a run.
pub mod fixed {
    /// The digits' 8,000 / 2,000 split: part of the MNIST experiment's definition, never changed.
    pub const DIGIT_SPLIT: u64 = 20_250_722;
    /// The self-check's model batch.
    pub const SELF_CHECK: u64 = 7;
    /// The speed check's GPT batch and MLP batch and weights.
    pub const SPEED_GPT: u64 = 5;
    pub const SPEED_MLP: u64 = 6;
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::Rng;

    #[test]
    fn streams_of_one_seed_differ_and_each_is_reproducible() {
        let draw = |stream: Stream| stream.rng(1).random::<u64>();
        let all = [
            Stream::TeacherBatches,
            Stream::Prompts,
            Stream::TeacherNumbers,
            Stream::ControlNumbers,
            Stream::DistillOrder,
            Stream::ProbeSamples,
            Stream::MnistTeacherOrder,
            Stream::MnistStudentOrder,
            Stream::BenchTeacherDocuments,
            Stream::ShuffleWithin,
            Stream::TeacherReplay,
            Stream::ControlTeacherBatches,
            Stream::ControlTeacherNumbers,
            Stream::ShuffleAcross,
            Stream::PerturbInit,
            Stream::InContext,
            Stream::DivergenceDefence,
            Stream::HeldOut,
        ];
        let draws: std::collections::BTreeSet<u64> = all.iter().map(|&s| draw(s)).collect();
        assert_eq!(draws.len(), all.len(), "two streams share a salt");
        assert_eq!(draw(Stream::Prompts), draw(Stream::Prompts));
    }
}
