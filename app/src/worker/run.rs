//! Running any experiment for the page: load what its spec needs, run it through the engine's
//! one entry point, and post the report (with, after MNIST, a grid of held-out digits and each
//! network's guess, and the networks kept for the drawing pad).

use crate::protocol::{DigitGuess, Failure, FromWorker};
use std::cell::RefCell;
use subliminal_model::mnist::data::{Digits, PIXELS};
use subliminal_model::mnist::experiment::MnistModels;
use subliminal_model::run::{Input, Inputs, Part, Spec};

use crate::worker::outbox::{post, Relay};
use crate::worker::{assets, state};

/// Held-out digits shown in the page's grid, per digit class.
const GRID_PER_DIGIT: usize = 3;

thread_local! {
    /// The digits file, downloaded once per worker, when an experiment first needs it.
    static DIGITS: RefCell<Option<Digits>> = const { RefCell::new(None) };
}

async fn digits() -> Result<Digits, Failure> {
    if let Some(digits) = DIGITS.with(|d| d.borrow().clone()) {
        return Ok(digits);
    }
    let bytes = assets::fetch("mnist.bin", |loaded, total| {
        post(&FromWorker::Loading { file: "mnist.bin".into(), loaded, total });
    })
    .await?;
    let digits = Digits::from_bytes(&bytes).map_err(|e| format!("assets/mnist.bin: {e}"))?;
    DIGITS.with(|d| *d.borrow_mut() = Some(digits.clone()));
    Ok(digits)
}

fn argmax(p: &[f64; 10]) -> u8 {
    (0..10).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap_or(0) as u8
}

/// A few held-out digits of each class and what each network of the last seed makes of them.
async fn digit_grid(models: &MnistModels, digits: &Digits) -> Vec<DigitGuess> {
    let (_, test) = digits.split();
    let shown: Vec<usize> =
        (0..10u8).flat_map(|d| test.labels.iter().enumerate().filter(move |(_, &l)| l == d).map(|(i, _)| i).take(GRID_PER_DIGIT)).collect();
    let images: Vec<f32> = shown.iter().flat_map(|&i| test.image(i)).collect();
    let answers = models.classify(images, shown.len()).await;
    shown
        .iter()
        .enumerate()
        .map(|(k, &i)| DigitGuess {
            pixels: test.pixels[i * PIXELS..(i + 1) * PIXELS].to_vec(),
            label: test.labels[i],
            guesses: answers.as_ref().map(|rows| argmax(&rows[k])),
        })
        .collect()
}

/// Runs `spec` (or one half of it: `part`) and posts its report.
pub async fn run(spec: Spec, part: Part) -> Result<(), Failure> {
    let compute = state::compute()?;
    let bases = state::bases()?;
    let digits = if spec.needs().contains(&Input::Digits) { Some(digits().await?) } else { None };
    let inputs = Inputs { bases: Some(&bases), digits: digits.as_ref() };
    let mut relay = Relay::new();
    let outcome = subliminal_model::run::run_part(&spec, part, inputs, &compute, &mut |event| relay.observe(event))
        .await
        .map_err(|e| e.to_string())?;
    relay.flush_samples();
    let mut grid = Vec::new();
    if let (Some(models), Some(digits)) = (outcome.mnist_models, &digits) {
        grid = digit_grid(&models, digits).await;
        state::set_mnist_models(models);
    }
    post(&FromWorker::Done { report: Box::new(outcome.report), digits: grid, kept: relay.take_kept() });
    Ok(())
}

pub async fn classify(pixels: Vec<f32>) -> Result<(), Failure> {
    let models = state::mnist_models().ok_or("run the experiment first: there are no trained networks yet")?;
    if pixels.len() != PIXELS {
        return Err(format!("a drawing must have {PIXELS} pixels, got {}", pixels.len()).into());
    }
    // The networks were trained on pixels scaled to [-1, 1].
    let image = pixels.iter().map(|p| p.clamp(0.0, 1.0) * 2.0 - 1.0).collect();
    let answers = models.classify(image, 1).await;
    post(&FromWorker::Classified { probabilities: answers.map(|rows| rows[0].to_vec()) });
    Ok(())
}
