//! The page's address, read and written in one place: the tab (`?tab=`), the device
//! (`?device=`), the language (`?lang=`), whether runs stay in one worker (`?workers=1`), whether the page is embedded in another (`?embed`: one tab, no header, for a
//! course platform's frame), whether it is a workshop facilitator's (`?room`, with codes to add to
//! the room: `?room=<codes>`) and an experiment's config (`?owl=<json>` or `?mnist=<json>`, the same JSON as
//! `subliminal config` and every report's `config`). Kept apart from the components, so it is
//! tested natively; the page hands it `location.search`.

use crate::forms::config_from_link;
use crate::i18n::Lang;
use crate::protocol::BackendChoice;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::traits::{TraitKind, MISALIGNED};
use subliminal_model::run::Spec;
use subliminal_model::shared::settings::Settings;

/// The page's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Owl,
    Values,
    Mnist,
    Audit,
}

/// What an address says, read once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Address {
    tab: Option<String>,
    device: Option<String>,
    lang: Option<String>,
    embed: bool,
    one_worker: bool,
    /// `?room` (Some("")) or `?room=<codes>`.
    room: Option<String>,
    owl: Option<String>,
    mnist: Option<String>,
}

impl Address {
    /// Reads a query string (`?owl=%7B...%7D&device=cpu`, with or without the `?`). Keys it does
    /// not know are left alone; a key given twice counts once, the first time.
    pub fn read(search: &str) -> Self {
        let mut address = Address::default();
        for (key, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
            let slot = match key.as_ref() {
                "tab" => &mut address.tab,
                "device" => &mut address.device,
                "lang" => &mut address.lang,
                "embed" => {
                    address.embed = true;
                    continue;
                }
                "room" => &mut address.room,
                "workers" => {
                    address.one_worker = value == "1";
                    continue;
                }
                k if k == OwlConfig::KEY => &mut address.owl,
                k if k == MnistConfig::KEY => &mut address.mnist,
                _ => continue,
            };
            slot.get_or_insert_with(|| value.into_owned());
        }
        address
    }

    /// The tab the address opens: the one `tab=` names, else MNIST for an MNIST config, the
    /// values tab for an owl config whose trait is the misaligned one (even if another of its
    /// settings is refused, so its error shows where it belongs), else the animals.
    pub fn tab(&self) -> Tab {
        match self.tab.as_deref() {
            Some("mnist") => Tab::Mnist,
            Some("values") => Tab::Values,
            Some("audit") => Tab::Audit,
            _ if self.mnist.is_some() => Tab::Mnist,
            _ if self.owl_trait().as_deref() == Some(MISALIGNED) => Tab::Values,
            _ => Tab::Owl,
        }
    }

    /// The trait the owl config names, read from its JSON alone.
    fn owl_trait(&self) -> Option<String> {
        let value: serde_json::Value = serde_json::from_str(self.owl.as_deref()?).ok()?;
        Some(value.get("trait")?.as_str()?.to_string())
    }

    /// Whether the page shows itself embedded in another: one tab, its settings and results,
    /// without the header and the tabs (`?embed`, with or without a value).
    pub fn embedded(&self) -> bool {
        self.embed
    }

    /// Whether the page is a workshop facilitator's (`?room`): it takes the room's runs and
    /// pools them.
    pub fn room(&self) -> bool {
        self.room.is_some()
    }

    /// The room codes the address brings (`?room=<codes>`, a line each): what a participant's QR
    /// code opens on the facilitator's device, to add to its room.
    pub fn room_codes(&self) -> Option<&str> {
        self.room.as_deref().filter(|codes| !codes.trim().is_empty())
    }

    /// Whether the address keeps every run in one worker (`?workers=1`): to compare a split run's
    /// speed and numbers with an unsplit one's.
    pub fn one_worker(&self) -> bool {
        self.one_worker
    }

    /// The language the address asks for (`?lang=de`), as written.
    pub fn lang(&self) -> Option<&str> {
        self.lang.as_deref()
    }

    /// The query that opens the page with `spec`'s config as this address opened it: in its
    /// language, and embedded still, where it was.
    pub fn query_for(&self, spec: &Spec) -> String {
        let query = self.link_query(spec);
        if self.embed {
            format!("{query}&embed")
        } else {
            query
        }
    }

    /// The query of a link to `spec`'s config to share ("Copy link"): in the language the
    /// address chose, if it chose one.
    pub fn link_query(&self, spec: &Spec) -> String {
        let query = query(spec);
        match Lang::from_tag(self.lang.as_deref().unwrap_or_default()) {
            Some(lang) => format!("{query}&lang={}", lang.code()),
            None => query,
        }
    }

    /// The device the address asks for, or why it names none; None when it does not say.
    pub fn device(&self) -> Option<Result<BackendChoice, String>> {
        self.device.as_deref().map(BackendChoice::from_link)
    }

    /// The settings an owl-style tab opens with: the address's when its trait belongs to this
    /// tab (`values`: the misaligned trait's tab), else the tab's defaults; with the reason a
    /// config was refused.
    pub fn owl_start(&self, values: bool) -> (OwlConfig, Option<String>) {
        let default = if values { OwlConfig::misaligned_default } else { OwlConfig::page_default };
        let (linked, error) = read_config(self.owl.as_deref(), default);
        let belongs = (linked.trait_kind() == TraitKind::Misaligned) == values;
        (if belongs { linked } else { default() }, error)
    }

    /// The settings the MNIST tab opens with, with the reason a config was refused.
    pub fn mnist_start(&self) -> (MnistConfig, Option<String>) {
        read_config(self.mnist.as_deref(), MnistConfig::default)
    }
}

fn read_config<C: Settings>(json: Option<&str>, default: impl Fn() -> C) -> (C, Option<String>) {
    match json.map(config_from_link::<C>) {
        None => (default(), None),
        Some(Ok(config)) => (config, None),
        Some(Err(message)) => (default(), Some(message)),
    }
}

/// The query of a facilitator's page that adds `codes` (a line each) to its room.
pub fn room_query(codes: &str) -> String {
    format!("?{}", form_urlencoded::Serializer::new(String::new()).append_pair("room", codes).finish())
}

/// `search` in `lang`: the same page, with `lang=` set (the language switch reloads it).
pub fn in_language(search: &str, lang: Lang) -> String {
    let pairs = form_urlencoded::parse(search.trim_start_matches('?').as_bytes()).filter(|(key, _)| key != "lang");
    let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).append_pair("lang", lang.code()).finish();
    format!("?{encoded}")
}

/// `search` without `embed`: the whole page with the same tab, device and settings.
pub fn whole_page(search: &str) -> String {
    let pairs = form_urlencoded::parse(search.trim_start_matches('?').as_bytes()).filter(|(key, _)| key != "embed");
    let encoded = form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
    if encoded.is_empty() {
        encoded
    } else {
        format!("?{encoded}")
    }
}

/// The query that opens the page with `spec`'s config: `?owl=<json>`, form-encoded.
pub fn query(spec: &Spec) -> String {
    let encoded = form_urlencoded::Serializer::new(String::new()).append_pair(spec.key(), &spec.config_json()).finish();
    format!("?{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_address_reads_back_as_the_same_config_and_tab() {
        for (spec, tab) in [
            (Spec::from(OwlConfig::page_default()), Tab::Owl),
            (Spec::from(OwlConfig::misaligned_default()), Tab::Values),
            (Spec::Mnist(MnistConfig::default()), Tab::Mnist),
        ] {
            let address = Address::read(&query(&spec));
            assert_eq!(address.tab(), tab, "{}", query(&spec));
            let read = match tab {
                Tab::Mnist => Spec::Mnist(address.mnist_start().0),
                _ => Spec::from(address.owl_start(tab == Tab::Values).0),
            };
            assert_eq!(read, spec);
        }
        // Spaces, quotes and braces survive the encoding.
        let mut config = OwlConfig::page_default();
        config.filter.banned_numbers = vec![4, 13, 666];
        let address = Address::read(&query(&Spec::from(config.clone())));
        assert_eq!(address.owl_start(false), (config, None));
    }

    #[test]
    fn the_tab_follows_the_address() {
        let tab = |search: &str| Address::read(search).tab();
        assert_eq!(tab(""), Tab::Owl);
        assert_eq!(tab("?tab=audit"), Tab::Audit);
        assert_eq!(tab("tab=values"), Tab::Values);
        assert_eq!(tab("?mnist=%7B%7D"), Tab::Mnist);
        assert_eq!(tab("?tab=mnist&owl=%7B%7D"), Tab::Mnist, "tab= wins");
        assert_eq!(tab("?tab=nowhere"), Tab::Owl);
        // A misaligned config opens the values tab even when another of its settings is refused,
        // and the word in another setting does not.
        assert_eq!(tab(&format!("?owl={}", enc(r#"{"trait": "misaligned", "samples": 1}"#))), Tab::Values);
        assert_eq!(tab(&format!("?owl={}", enc(r#"{"trait": "owl", "note": "misaligned"}"#))), Tab::Owl);
    }

    fn enc(json: &str) -> String {
        form_urlencoded::byte_serialize(json.as_bytes()).collect()
    }

    #[test]
    fn a_refused_setting_is_named_and_the_tab_opens_on_its_defaults() {
        let address = Address::read(&format!("?owl={}", enc(r#"{"trait": "unicorn"}"#)));
        let (config, error) = address.owl_start(false);
        assert_eq!(config, OwlConfig::page_default());
        assert!(error.is_some_and(|e| e.contains("unicorn")));
        let (config, error) = Address::read("?owl=%7Bnot%20json").owl_start(false);
        assert_eq!((config, error.is_some()), (OwlConfig::page_default(), true));
        // An animal's config does not open in the values tab, nor a misaligned one in the animals'.
        let owl = Address::read(&query(&Spec::from(OwlConfig::page_default())));
        assert_eq!(owl.owl_start(true).0, OwlConfig::misaligned_default());
        let values = Address::read(&query(&Spec::from(OwlConfig::misaligned_default())));
        assert_eq!(values.owl_start(false).0, OwlConfig::page_default());
        assert_eq!(Address::read("?mnist=%5B%5D").mnist_start().0, MnistConfig::default());
    }

    #[test]
    fn an_embedded_page_stays_embedded_through_a_run_and_links_to_the_whole_page() {
        let spec = Spec::from(OwlConfig::page_default());
        assert!(!Address::read(&query(&spec)).embedded());
        for search in ["?embed", "?tab=values&embed=1", "embed&device=cpu"] {
            let address = Address::read(search);
            assert!(address.embedded(), "{search}");
            // A run puts its config in the address: still embedded, the same config.
            let after_run = Address::read(&address.query_for(&spec));
            assert!(after_run.embedded());
            assert_eq!(after_run.owl_start(false).0, OwlConfig::page_default());
        }
        assert_eq!(Address::read("").query_for(&spec), query(&spec));
        // The whole page: every other key kept, in order.
        assert_eq!(whole_page("?tab=values&embed=1&device=cpu"), "?tab=values&device=cpu");
        assert_eq!(whole_page("?embed"), "");
        let whole = whole_page(&format!("{}&embed", query(&spec)));
        assert!(!Address::read(&whole).embedded());
        assert_eq!(Address::read(&whole).owl_start(false).0, OwlConfig::page_default());
    }

    #[test]
    fn workers_1_keeps_runs_in_one_worker() {
        assert!(!Address::read("").one_worker());
        assert!(Address::read("?workers=1").one_worker());
        assert!(!Address::read("?workers=2").one_worker());
        assert!(Address::read("?room").room() && !Address::read("?tab=owl").room());
    }

    #[test]
    fn a_room_link_brings_its_codes_and_a_bare_room_brings_none() {
        let codes = "SL1.0badc0de.7.teacher+53.10.student+11.07\nSL1.0badc0de.8.teacher+50.00.student-0.50";
        let address = Address::read(&room_query(codes));
        assert!(address.room());
        assert_eq!(address.room_codes(), Some(codes), "signs and the line break survive the address");
        assert_eq!(Address::read("?room").room_codes(), None);
        assert_eq!(Address::read("?room=").room_codes(), None);
        assert!(Address::read("?room=").room());
    }

    #[test]
    fn the_language_stays_in_the_address_through_a_run_and_the_switch_replaces_it() {
        let spec = Spec::Owl(Box::new(OwlConfig::page_default()));
        let address = Address::read("?lang=de&embed&tab=values");
        assert_eq!(address.lang(), Some("de"));
        assert!(address.query_for(&spec).ends_with("&lang=de&embed"), "{}", address.query_for(&spec));
        assert!(address.link_query(&spec).ends_with("&lang=de"));
        assert!(!Address::read("?lang=xx").link_query(&spec).contains("lang"), "a language the page lacks is not passed on");
        assert_eq!(in_language("?lang=de&tab=values", Lang::Es), "?tab=values&lang=es");
        assert_eq!(in_language("", Lang::De), "?lang=de");
    }

    #[test]
    fn the_device_is_read_or_refused_with_the_choices() {
        assert_eq!(Address::read("").device(), None);
        assert_eq!(Address::read("?device=cpu").device(), Some(Ok(BackendChoice::Cpu)));
        assert!(Address::read("?device=gpu").device().is_some_and(|d| d.is_err()));
    }
}
