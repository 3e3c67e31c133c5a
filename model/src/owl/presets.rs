//! Named settings: the study's own setting, the leak, and each probe and defence, at the page's
//! default otherwise. The page lists them as links, `subliminal run --preset NAME` runs one, and
//! each but the default has a recorded run in `assets/recorded/presets/` (the default's is
//! `assets/recorded/owl-page.json`).

use crate::owl::config::{Channel, OwlConfig};
use crate::owl::distill::{DistillMode, StudentOptimizer};
use crate::owl::divergence::DivergenceAction;

/// One preset: its test id's name, its label, and its config.
pub struct Preset {
    pub name: &'static str,
    pub label: &'static str,
    pub config: OwlConfig,
}

/// What a preset changes in the page's default.
type Change = fn(&mut OwlConfig);

/// Each preset: its name, its label, its change.
const CHANGES: [(&str, &str, Change); 11] = [
    ("default", "the one-click default", |_| {}),
    ("study", "the study's channel: only the numbers the teacher sampled, 10,000 prompts, plain SGD", study_setting),
    ("leak", "what subliminal learning is not: the full vocabulary leaks the trait", |c| c.distill.mode = DistillMode::FullVocabularyLeak),
    ("controls", "more controls: shuffled numbers, base A labelling itself, the teacher's labels on the control's numbers", |c| {
        let on = &mut c.conditions;
        (on.shuffled_within, on.shuffled_across, on.self_labelled, on.relabelled) = (true, true, true, true)
    }),
    ("gate", "the gate: a student from a start moved by noise (0.1)", |c| c.conditions.perturbed_sigma = 0.1),
    ("in-context", "numbers in context, no training, and entangled numbers", |c| {
        (c.conditions.in_context, c.conditions.entangle) = (true, true)
    }),
    // Each defence runs with its undefended reference, so the result says how much it left.
    ("threshold", "a defence: threshold sampling (0.03)", |c| (c.threshold, c.conditions.undefended) = (0.03, true)),
    ("divergence", "a defence: the most divergent 10% of numbers masked, hard labels", |c| {
        (c.distill.mode, c.defences.divergence, c.conditions.undefended) = (DistillMode::Hard, DivergenceAction::Mask, true)
    }),
    ("liminal", "a defence: liminal training (KL weight 10)", |c| (c.defences.liminal, c.conditions.undefended) = (10.0, true)),
    ("mix", "a defence: a dolphin and an eagle teacher's numbers mixed in", |c| {
        (c.defences.mix_teachers, c.conditions.undefended) = (vec!["dolphin".into(), "eagle".into()], true)
    }),
    ("reword", "a defence: the prompts reworded, hard labels", |c| {
        (c.distill.mode, c.defences.reword_prompts, c.conditions.undefended) = (DistillMode::Hard, true, true)
    }),
];

/// The study's channel at a setting where it shows: the students see only the numbers the
/// teacher sampled (hard labels, temperature 1), 10,000 prompts (the study kept 10,000 samples),
/// and plain SGD. Under Adam the sampled numbers' gradient, mostly sampling noise, sets the size
/// of each step and leaves the signal a small share of it; SGD adds signal and noise up as they
/// are, so the signal accumulates (docs/results.md, "Why sampled numbers carry little under Adam").
fn study_setting(c: &mut OwlConfig) {
    *c = c.with_channel(Channel::Sampled);
    c.samples = 10_000;
    (c.distill.optimizer, c.distill.lr) = (StudentOptimizer::Sgd, 0.1);
}

/// The preset called `name`, or why there is none (naming those there are).
pub fn preset(name: &str) -> Result<Preset, String> {
    presets().into_iter().find(|p| p.name == name).ok_or_else(|| {
        let names: Vec<&str> = CHANGES.iter().map(|(n, _, _)| *n).collect();
        format!("there is no preset {name:?}: the presets are {}", names.join(", "))
    })
}

/// The preset whose settings these are (seeds apart), if any.
pub fn preset_of(config: &OwlConfig) -> Option<Preset> {
    presets().into_iter().find(|p| p.config.same_settings(config))
}

/// Every preset, in the order the page lists them.
pub fn presets() -> Vec<Preset> {
    CHANGES
        .iter()
        .map(|&(name, label, change)| {
            let mut config = OwlConfig::page_default();
            change(&mut config);
            Preset { name, label, config }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shared::settings::Settings;

    #[test]
    fn every_preset_is_a_valid_config_with_its_own_name_and_settings() {
        let all = presets();
        let mut names: Vec<&str> = all.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len(), "names are unique");
        for p in &all {
            p.config.validate().unwrap_or_else(|e| panic!("{}: {e}", p.name));
            assert_eq!(preset_of(&p.config).map(|found| found.name), Some(p.name), "{}: its settings are its own", p.name);
        }
        // Each preset but the default differs from the default.
        assert!(all.iter().skip(1).all(|p| p.config != OwlConfig::page_default()));
    }

    #[test]
    fn a_preset_is_found_by_name_and_seeds_do_not_change_which_it_is() {
        assert_eq!(preset("mix").unwrap().config.defences.mix_teachers, ["dolphin", "eagle"]);
        let refused = preset("owls").err().unwrap();
        assert!(refused.contains("\"owls\"") && refused.contains("default, study, leak"), "{refused}");
        let five_seeds = OwlConfig { seeds: 5, ..preset("gate").unwrap().config };
        assert_eq!(preset_of(&five_seeds).map(|p| p.name), Some("gate"));
        let changed = OwlConfig { samples: 17, ..five_seeds };
        assert!(preset_of(&changed).is_none());
    }
}
