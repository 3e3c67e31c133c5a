//! The MNIST auxiliary-logit experiment on a configuration small enough for CI.

use subliminal_model::events::Progress;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::mnist::data::Digits;
use subliminal_model::mnist::experiment::{run_mnist, MnistCondition};
use subliminal_model::shared::compute::Compute;

#[test]
fn a_same_init_student_learns_digits_from_noise_and_a_different_init_student_does_not() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/mnist.bin")).unwrap();
    let digits = Digits::from_bytes(&bytes).unwrap();
    let config = MnistConfig { teacher_epochs: 2, student_epochs: 1, noise_images: 8_000, ..MnistConfig::default() };
    let mut accuracy_points = 0;
    let mut progress = Progress::default();
    let run = pollster::block_on(run_mnist(&config, &digits, &Compute::cpu(), &mut |e| {
        progress.observe(&e);
        if matches!(e, subliminal_model::events::Event::Metric { name: subliminal_model::events::Metric::Accuracy, .. }) {
            accuracy_points += 1;
        }
    }))
    .unwrap();
    let (report, models) = (run.report, run.models);
    let acc = |c: MnistCondition| report.conditions[&c].accuracy_mean;
    let (teacher, student, cross, init) =
        (acc(MnistCondition::Teacher), acc(MnistCondition::Student), acc(MnistCondition::CrossInit), acc(MnistCondition::Init));
    eprintln!("teacher {teacher:.1}%, student {student:.1}%, cross-init {cross:.1}%, init {init:.1}%");
    assert!(teacher > 85.0);
    assert!(student > 40.0, "the same-init student reads digits it never saw");
    assert!(cross < 25.0, "the different-init student stays near chance");
    assert!(student > cross + 25.0);
    assert!(init < 25.0);
    assert!(accuracy_points >= 3, "live accuracy curves are reported");
    assert!(progress.complete() && progress.unplanned_starts == 0, "the run followed its announced plan");

    // The networks handed back (for the page's digit grid and drawing canvas) are the ones measured.
    let (_, test) = digits.split();
    let images: Vec<f32> = (0..test.len()).flat_map(|i| test.image(i)).collect();
    let answers = pollster::block_on(models.classify(images, test.len()));
    let named = [
        (answers.teacher, MnistCondition::Teacher),
        (answers.student, MnistCondition::Student),
        (answers.cross_init, MnistCondition::CrossInit),
    ];
    for (answers, key) in named {
        let argmax = |p: &[f64; 10]| (0..10).max_by(|&a, &b| p[a].total_cmp(&p[b])).unwrap() as u8;
        let correct = answers.iter().zip(&test.labels).filter(|(p, &l)| argmax(p) == l).count();
        let accuracy = 100.0 * correct as f64 / test.len() as f64;
        assert!((accuracy - acc(key)).abs() < 0.1, "{key:?}: classify gives {accuracy:.2}%, the report {:.2}%", acc(key));
        assert!(answers.iter().all(|p| (p.iter().sum::<f64>() - 100.0).abs() < 0.01), "{key:?}: probabilities in percent");
    }
}

#[test]
fn gradient_projection_along_the_teachers_move_stops_the_transfer() {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets/mnist.bin")).unwrap();
    let digits = Digits::from_bytes(&bytes).unwrap();
    let config = MnistConfig { teacher_epochs: 2, student_epochs: 1, noise_images: 8_000, project_trait: true, ..MnistConfig::default() };
    let report = pollster::block_on(run_mnist(&config, &digits, &Compute::cpu(), &mut |_| {})).unwrap().report;
    let acc = |c: MnistCondition| report.conditions[&c].accuracy_mean;
    eprintln!("projected: teacher {:.1}%, student {:.1}%", acc(MnistCondition::Teacher), acc(MnistCondition::Student));
    assert!(acc(MnistCondition::Teacher) > 85.0);
    // Unprojected, the same config's student reads 40% or more (the test above); projected, it
    // stays near chance, and it still learned to imitate the auxiliary logits.
    assert!(acc(MnistCondition::Student) < 25.0, "student {:.1}%", acc(MnistCondition::Student));
    let loss = report.conditions[&MnistCondition::Student].per_seed[0].final_loss.unwrap();
    assert!(loss.is_finite());
    assert!(report.config.project_trait);
}
