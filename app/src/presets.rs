//! Named settings a facilitator can open as links: the study's own setting, the leak, and each
//! probe and defence, at the page's default otherwise.

use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::divergence::DivergenceAction;

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
    ("study", "the study's setting: hard labels (sampled numbers)", |c| c.distill.mode = DistillMode::Hard),
    ("leak", "what subliminal learning is not: the full vocabulary leaks the trait", |c| c.distill.mode = DistillMode::FullVocabularyLeak),
    ("controls", "the study's controls: shuffled numbers and a trained control teacher", |c| {
        (c.conditions.shuffled_within, c.conditions.shuffled_across, c.conditions.trained_control) = (true, true, true)
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
    use crate::forms::config_from_link;
    use subliminal_model::shared::settings::Settings;

    #[test]
    fn every_preset_is_a_valid_config_that_a_link_reproduces() {
        let all = presets();
        let mut names: Vec<&str> = all.iter().map(|p| p.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), all.len(), "names are unique");
        for preset in &all {
            preset.config.validate().unwrap_or_else(|e| panic!("{}: {e}", preset.name));
            // The page puts the config's JSON in the link (the browser encodes it).
            let json = serde_json::to_string(&preset.config).unwrap();
            let linked: OwlConfig = config_from_link(&json).unwrap_or_else(|e| panic!("{}: {e}", preset.name));
            assert_eq!(linked, preset.config, "{}: the link opens the same settings", preset.name);
        }
        // Each preset but the default differs from the default.
        assert!(all.iter().skip(1).all(|p| p.config != OwlConfig::page_default()));
    }
}
