//! The MNIST auxiliary-logit experiment, end to end.
//!
//! Per seed: a network is initialised; a copy (the teacher) learns digits through its 10 digit
//! logits only; a second copy of the same initial network (the student) learns to match the
//! teacher's auxiliary logits on noise images; a network from another initialization (the
//! cross-init student) gets the same lesson. All are tested on the 2,000 held-out digits.

use burn::optim::AdamConfig;
use burn::prelude::*;
use burn::tensor::activation::{log_softmax, softmax};
use rand::seq::SliceRandom;
use rand_distr::{Distribution, Normal, Uniform};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::config::{ImitationLoss, MnistConfig, Noise};
use super::data::{Digits, PIXELS};
use super::mlp::{Mlp, MlpShape};
use crate::events::{Event, Metric, Observer, Stage, TrainingLoop};
use crate::shared::compute::Compute;
use crate::shared::config::ConfigError;
use crate::shared::params::{flatten, Projection};
use crate::shared::plan::Plan;
use crate::shared::read::read_scalar;
use crate::shared::rng::{noise_image_rng, Stream, MNIST_CROSS_INIT_OFFSET};
use crate::shared::settings::Settings;
use crate::shared::stats::summarize;
use crate::shared::train::{step, Stopwatch};

/// How many accuracy points each training run reports for the live curves.
const CURVE_POINTS: usize = 10;

/// The networks an MNIST report measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MnistCondition {
    /// The initialization, untrained.
    Init,
    /// Trained on digits through its digit logits.
    Teacher,
    /// The same initialization, trained on the teacher's auxiliary logits over noise.
    Student,
    /// Another initialization, the same lesson.
    CrossInit,
}

impl MnistCondition {
    pub const ALL: [MnistCondition; 4] =
        [MnistCondition::Init, MnistCondition::Teacher, MnistCondition::Student, MnistCondition::CrossInit];

    /// Its key in reports (`conditions.cross_init`).
    pub fn key(self) -> &'static str {
        match self {
            MnistCondition::Init => "init",
            MnistCondition::Teacher => "teacher",
            MnistCondition::Student => "student",
            MnistCondition::CrossInit => "cross_init",
        }
    }

    /// Its name in progress and curves.
    pub fn label(self) -> &'static str {
        match self {
            MnistCondition::Init => "untrained initialization",
            MnistCondition::Teacher => "teacher (digit logits)",
            MnistCondition::Student => "student (same init)",
            MnistCondition::CrossInit => "student (different init)",
        }
    }

    /// What it is, for a results table.
    pub fn describe(self) -> &'static str {
        match self {
            MnistCondition::Init => "untrained network",
            MnistCondition::Teacher => "teacher (trained on digits)",
            MnistCondition::Student => "student, same init (saw only noise)",
            MnistCondition::CrossInit => "student, different init (saw only noise)",
        }
    }

    /// Its name in the page's test ids (`mnist-cross-init`).
    pub fn test_id(self) -> &'static str {
        match self {
            MnistCondition::CrossInit => "cross-init",
            other => other.key(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct MnistSeedResult {
    pub seed: u64,
    /// Test accuracy, percent.
    pub accuracy: f64,
    pub final_loss: Option<f64>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct MnistConditionReport {
    pub accuracy_mean: f64,
    pub accuracy_sd: f64,
    pub accuracy_ci95: [f64; 2],
    pub per_seed: Vec<MnistSeedResult>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct MnistReport {
    pub config: MnistConfig,
    pub backend: String,
    pub train_digits: usize,
    pub test_digits: usize,
    /// `teacher`, `student`, `cross_init`, and `init` (the untrained network).
    pub conditions: BTreeMap<MnistCondition, MnistConditionReport>,
    pub timings: BTreeMap<String, f64>,
}

/// One value per network of the last seed: the teacher and the two students.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PerNetwork<T> {
    pub teacher: T,
    /// The same-init student.
    pub student: T,
    /// The different-init student.
    pub cross_init: T,
}

impl<T> PerNetwork<T> {
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> PerNetwork<U> {
        PerNetwork { teacher: f(self.teacher), student: f(self.student), cross_init: f(self.cross_init) }
    }

    pub fn as_ref(&self) -> PerNetwork<&T> {
        PerNetwork { teacher: &self.teacher, student: &self.student, cross_init: &self.cross_init }
    }

    /// The teacher, the same-init student and the different-init student, in that order.
    pub fn into_array(self) -> [T; 3] {
        [self.teacher, self.student, self.cross_init]
    }
}

/// The last seed's trained networks (inference only), kept so a page can show what each one
/// sees in a digit.
#[derive(Clone, Debug)]
pub struct MnistModels(pub PerNetwork<Mlp>);

impl MnistModels {
    /// Digit probabilities, in percent, of each network for `count` images of 784 pixels in
    /// [-1, 1]: one row of 10 per image.
    pub async fn classify(&self, images: Vec<f32>, count: usize) -> PerNetwork<Vec<[f64; 10]>> {
        let device = self.0.teacher.devices()[0].clone();
        let input: Tensor<2> = Tensor::from_data(TensorData::new(images, [count, PIXELS]), &device);
        let mut answers = PerNetwork::default();
        for (answer, model) in
            [&mut answers.teacher, &mut answers.student, &mut answers.cross_init].into_iter().zip(self.0.as_ref().into_array())
        {
            let probs = softmax(Mlp::digit_logits(model.forward(input.clone())), 1);
            let values = crate::shared::read::read_f32s(probs).await;
            *answer = values.chunks(10).map(|row| std::array::from_fn(|d| row[d] as f64 * 100.0)).collect();
        }
        answers
    }
}

/// A finished run: the report, and the last seed's networks.
pub struct MnistRun {
    pub report: MnistReport,
    pub models: MnistModels,
}

/// Digits uploaded to the device once: images `[n, 784]` in [-1, 1] and labels.
pub struct DeviceDigits {
    images: Tensor<2>,
    labels: Vec<u8>,
}

impl DeviceDigits {
    pub fn new(digits: &Digits, device: &Device) -> Self {
        let values: Vec<f32> = (0..digits.len()).flat_map(|i| digits.image(i)).collect();
        Self { images: Tensor::from_data(TensorData::new(values, [digits.len(), PIXELS]), device), labels: digits.labels.clone() }
    }

    fn rows(&self, indices: &[usize]) -> (Tensor<2>, Tensor<1, Int>) {
        let device = self.images.device();
        let idx: Vec<i64> = indices.iter().map(|&i| i as i64).collect();
        let labels: Vec<i64> = indices.iter().map(|&i| self.labels[i] as i64).collect();
        let idx = Tensor::from_data(TensorData::new(idx, [indices.len()]), &device);
        (self.images.clone().select(0, idx), Tensor::from_data(TensorData::new(labels, [indices.len()]), &device))
    }
}

/// Test accuracy in percent, from the digit logits (inference only: pass `.valid()` models).
pub async fn accuracy(model: &Mlp, test: &DeviceDigits) -> f64 {
    let predictions = Mlp::digit_logits(model.forward(test.images.clone())).argmax(1);
    let predicted = crate::shared::read::try_read(predictions).await.expect("read predictions");
    let predicted: Vec<i64> = predicted.convert::<i64>().try_to_vec().expect("integer predictions");
    let correct = predicted.iter().zip(&test.labels).filter(|(p, l)| **p == **l as i64).count();
    100.0 * correct as f64 / test.labels.len() as f64
}

/// Trains the teacher on the digit logits only. Returns it with its final loss and its test
/// accuracy (read at the last step, which is always logged).
pub async fn train_teacher(
    model: Mlp,
    train: &DeviceDigits,
    test: &DeviceDigits,
    config: &MnistConfig,
    seed: u64,
    observer: Observer<'_>,
) -> (Mlp, f64, f64) {
    let label = MnistCondition::Teacher.label();
    let mut model = model;
    let mut optimizer = AdamConfig::new().with_epsilon(1e-8).init();
    let mut rng = Stream::MnistTeacherOrder.rng(seed);
    let mut order: Vec<usize> = (0..train.labels.len()).collect();
    let total = order.len().div_ceil(config.batch_size) * config.teacher_epochs;
    let mut training = TrainingLoop::start(Stage::Teacher, vec![label.into()], total, total / CURVE_POINTS, observer);
    let (mut final_loss, mut final_accuracy) = (f64::NAN, f64::NAN);
    for _ in 0..config.teacher_epochs {
        order.shuffle(&mut rng);
        for chunk in order.chunks(config.batch_size) {
            let (images, labels) = train.rows(chunk);
            let loss = Mlp::digit_loss(model.forward(images.autodiff()), labels.autodiff());
            let reported = training.begin_step().then(|| loss.clone());
            model = step(&mut optimizer, model, loss, config.lr);
            if let Some(loss) = reported {
                final_loss = read_scalar(loss).await;
                final_accuracy = accuracy(&model.valid(), test).await;
                training.log(0, Metric::Accuracy, final_accuracy);
            }
            training.end_step();
        }
    }
    training.finish();
    (model, final_loss, final_accuracy)
}

/// Noise image `index` of a student's fixed pool, regenerated on demand (the pool never has to
/// sit in memory: 60,000 images would be 188 MB of floats).
fn noise_image(kind: Noise, pool_seed: u64, index: usize, out: &mut Vec<f32>) {
    let mut rng = noise_image_rng(pool_seed, index);
    match kind {
        Noise::Gaussian => {
            let normal = Normal::new(0.0f32, 1.0).unwrap();
            out.extend((0..PIXELS).map(|_| normal.sample(&mut rng)));
        }
        Noise::Uniform => {
            let uniform = Uniform::new_inclusive(-1.0f32, 1.0).unwrap();
            out.extend((0..PIXELS).map(|_| uniform.sample(&mut rng)));
        }
    }
}

/// A student of the teacher's auxiliary logits: where it starts, the label its events carry,
/// and, where a defender projects the trait out, the projection (the student's start and the
/// teacher's move): every step's move is then stripped of its component along the teacher's.
pub struct Imitator<'a> {
    pub start: Mlp,
    pub label: &'a str,
    pub projected: Option<&'a Projection>,
}

/// Trains a student to match the teacher's auxiliary logits on noise. It never sees a digit,
/// nor the teacher's digit logits. Returns it with its final loss and test accuracy, as
/// [`train_teacher`] does.
pub async fn imitate_aux_logits(
    imitator: Imitator<'_>,
    teacher: &Mlp,
    test: &DeviceDigits,
    config: &MnistConfig,
    seed: u64,
    device: &Device,
    observer: Observer<'_>,
) -> (Mlp, f64, f64) {
    let Imitator { start: mut student, label, projected } = imitator;
    let teacher = teacher.valid();
    let mut optimizer = AdamConfig::new().with_epsilon(1e-8).init();
    let mut rng = Stream::MnistStudentOrder.rng(seed);
    let mut order: Vec<usize> = (0..config.noise_images).collect();
    let total = order.len().div_ceil(config.batch_size) * config.student_epochs;
    let plain = device.clone().without_autodiff();
    let mut training = TrainingLoop::start(Stage::Distill, vec![label.into()], total, total / CURVE_POINTS, observer);
    let (mut final_loss, mut final_accuracy) = (f64::NAN, f64::NAN);
    let mut values = Vec::with_capacity(config.batch_size * PIXELS);
    for _ in 0..config.student_epochs {
        order.shuffle(&mut rng);
        for chunk in order.chunks(config.batch_size) {
            values.clear();
            for &i in chunk {
                noise_image(config.noise, seed, i, &mut values);
            }
            let noise: Tensor<2> = Tensor::from_data(TensorData::new(values.clone(), [chunk.len(), PIXELS]), &plain);
            let target = teacher.aux_logits(teacher.forward(noise.clone())).autodiff();
            let predicted = student.aux_logits(student.forward(noise.autodiff()));
            let loss = match config.loss {
                ImitationLoss::Mse => (predicted - target).square().mean(),
                ImitationLoss::Kl => {
                    let log_target = log_softmax(target, 1);
                    let kl = softmax(log_target.clone(), 1) * (log_target - log_softmax(predicted, 1));
                    kl.sum_dim(1).mean()
                }
            };
            let reported = training.begin_step().then(|| loss.clone());
            student = step(&mut optimizer, student, loss, config.lr);
            if let Some(projection) = projected {
                student = projection.apply(student).await;
            }
            if let Some(loss) = reported {
                final_loss = read_scalar(loss).await;
                final_accuracy = accuracy(&student.valid(), test).await;
                training.log(0, Metric::Accuracy, final_accuracy);
            }
            training.end_step();
        }
    }
    training.finish();
    (student, final_loss, final_accuracy)
}

fn condition(per_seed: Vec<MnistSeedResult>) -> MnistConditionReport {
    let summary = summarize(&per_seed.iter().map(|r| r.accuracy).collect::<Vec<_>>());
    MnistConditionReport { accuracy_mean: summary.mean, accuracy_sd: summary.sd, accuracy_ci95: summary.ci95, per_seed }
}

/// The stages a config runs: per seed a teacher and two students, weighted by their work.
pub fn plan(config: &MnistConfig) -> Plan {
    let teacher = config.teacher_epochs as f64 * 8.0;
    let student = config.student_epochs as f64 * config.noise_images as f64 / 1000.0;
    let mut plan = Plan::default();
    for _ in config.seed_list() {
        plan.push(Stage::Teacher, 1, teacher);
        plan.push(Stage::Distill, 1, student);
        plan.push(Stage::Distill, 1, student);
    }
    plan
}

/// Runs the experiment on the compute's device (plain; autodiff is added for training).
pub async fn run_mnist(config: &MnistConfig, digits: &Digits, compute: &Compute, observer: Observer<'_>) -> Result<MnistRun, ConfigError> {
    config.validate()?;
    observer(Event::Planned { plan: plan(config) });
    let device = &compute.device;
    let train_device = device.clone().autodiff();
    let plain = device.clone().without_autodiff();
    let (train_digits, test_digits) = digits.split();
    let train = DeviceDigits::new(&train_digits, &plain);
    let test = DeviceDigits::new(&test_digits, &plain);
    let shape = MlpShape { inputs: PIXELS, aux_logits: config.aux_logits };
    let mut rows: BTreeMap<MnistCondition, Vec<MnistSeedResult>> = BTreeMap::new();
    let mut timings: BTreeMap<String, f64> = BTreeMap::new();
    let mut time = |stage: &str, clock: Stopwatch| *timings.entry(stage.into()).or_default() += clock.seconds();
    let mut last_models = None;

    for seed in config.seed_list() {
        let init = Mlp::new(shape, seed, &train_device);
        let clock = Stopwatch::start();
        let untrained = accuracy(&init.valid(), &test).await;
        rows.entry(MnistCondition::Init).or_default().push(MnistSeedResult { seed, accuracy: untrained, final_loss: None });

        let (teacher, loss, acc) = train_teacher(init.clone(), &train, &test, config, seed, observer).await;
        time("teacher", clock);
        rows.entry(MnistCondition::Teacher).or_default().push(MnistSeedResult { seed, accuracy: acc, final_loss: Some(loss) });

        // The trait direction a projecting defender strips: the teacher's move from the shared init.
        let taught = config.project_trait.then(|| (flatten(&teacher, |_| true) - flatten(&init, |_| true)).detach());
        let students =
            [(MnistCondition::Student, init), (MnistCondition::CrossInit, Mlp::new(shape, seed + MNIST_CROSS_INIT_OFFSET, &train_device))];
        let mut trained = Vec::new();
        for (condition, start) in students {
            let (key, label) = (condition.key(), condition.label());
            let clock = Stopwatch::start();
            let projection = match &taught {
                Some(taught) => Some(Projection::new(flatten(&start, |_| true), taught.clone()).await),
                None => None,
            };
            let imitator = Imitator { start, label, projected: projection.as_ref() };
            let (student, loss, acc) = imitate_aux_logits(imitator, &teacher, &test, config, seed, &train_device, observer).await;
            time(key, clock);
            rows.entry(condition).or_default().push(MnistSeedResult { seed, accuracy: acc, final_loss: Some(loss) });
            trained.push(student.valid());
        }
        let cross_init = trained.pop().expect("two students");
        let student = trained.pop().expect("two students");
        last_models = Some(MnistModels(PerNetwork { teacher: teacher.valid(), student, cross_init }));
    }
    let report = MnistReport {
        config: config.clone(),
        backend: compute.name.clone(),
        train_digits: train_digits.len(),
        test_digits: test_digits.len(),
        conditions: rows.into_iter().map(|(k, v)| (k, condition(v))).collect(),
        timings,
    };
    Ok(MnistRun { report, models: last_models.expect("at least one seed (validated)") })
}
