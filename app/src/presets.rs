//! Named settings a facilitator can open as links: the study's own setting, the leak, and each
//! probe and defence at the page's default otherwise.

use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::divergence::DivergenceAction;
use subliminal_model::shared::settings::Settings;

/// One preset: its test id's name, its label, and its config.
pub struct Preset {
    pub name: &'static str,
    pub label: &'static str,
    pub config: OwlConfig,
}

/// Every preset, in the order the page lists them.
pub fn presets() -> Vec<Preset> {
    let page = OwlConfig::page_default;
    let with = |f: &dyn Fn(&mut OwlConfig)| {
        let mut config = page();
        f(&mut config);
        config
    };
    vec![
        Preset { name: "default", label: "the one-click default", config: page() },
        Preset {
            name: "study",
            label: "the study's setting: hard labels (sampled numbers)",
            config: with(&|c| c.distill.mode = DistillMode::Hard),
        },
        Preset {
            name: "leak",
            label: "what subliminal learning is not: the full vocabulary leaks the trait",
            config: with(&|c| c.distill.mode = DistillMode::FullVocabularyLeak),
        },
        Preset {
            name: "controls",
            label: "the study's controls: shuffled numbers and a trained control teacher",
            config: with(&|c| {
                c.conditions.shuffled_within = true;
                c.conditions.shuffled_across = true;
                c.conditions.trained_control = true;
            }),
        },
        Preset {
            name: "gate",
            label: "the gate: a student from a start moved by noise (0.1)",
            config: with(&|c| c.conditions.perturbed_sigma = 0.1),
        },
        Preset {
            name: "in-context",
            label: "numbers in context, no training, and entangled numbers",
            config: with(&|c| {
                c.conditions.in_context = true;
                c.conditions.entangle = true;
            }),
        },
        Preset { name: "threshold", label: "a defence: threshold sampling (0.03)", config: with(&|c| c.threshold = 0.03) },
        Preset {
            name: "divergence",
            label: "a defence: the most divergent 10% of numbers masked, hard labels",
            config: with(&|c| {
                c.distill.mode = DistillMode::Hard;
                c.defences.divergence = DivergenceAction::Mask;
            }),
        },
        Preset { name: "liminal", label: "a defence: liminal training (KL weight 10)", config: with(&|c| c.defences.liminal = 10.0) },
    ]
}

/// The query string that opens a preset: `?owl=<json>`, percent-encoded.
pub fn preset_query(config: &OwlConfig) -> String {
    let json = serde_json::to_string(config).expect("configs serialise");
    let encoded: String = json
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect();
    format!("?{}={encoded}", OwlConfig::KEY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::config_from_link;

    #[test]
    fn every_preset_is_a_valid_config_that_a_link_reproduces() {
        let all = presets();
        let mut names: Vec<&str> = all.iter().map(|p| p.name).collect();
        names.dedup();
        assert_eq!(names.len(), all.len(), "names are unique");
        for preset in &all {
            preset.config.validate().unwrap_or_else(|e| panic!("{}: {e}", preset.name));
            let query = preset_query(&preset.config);
            let json = query.strip_prefix("?owl=").unwrap();
            let decoded = percent_decode(json);
            let linked: OwlConfig = config_from_link(&decoded).unwrap_or_else(|e| panic!("{}: {e}", preset.name));
            assert_eq!(linked, preset.config, "{}: the link opens the same settings", preset.name);
        }
        // Each preset but the default differs from the default.
        assert!(all.iter().skip(1).all(|p| p.config != OwlConfig::page_default()));
    }

    fn percent_decode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }
}
