//! The page's languages: which one a visit reads (`?lang=`, else the browser's first language the
//! page has, else English), the message catalogs (`app/locales/<code>.ftl`, in Fluent: plurals and
//! every choice that depends on a language's grammar live there), and numbers written the
//! language's way (the browser's `Intl.NumberFormat`; outside a browser, where only the tests run,
//! a small table of the same separators).
//!
//! A visit reads one language: switching reloads the page with `?lang=` in its address. Only the
//! page speaks: the engine's worker reports what it found (`protocol::DeviceNote`, `Failure`) and
//! the page words it, so the workers carry no catalog.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];

    /// The code in links and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
        }
    }

    /// The language's own name, as the switch lists it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
        }
    }

    /// The catalog's source.
    pub fn catalog(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::De => include_str!("../locales/de.ftl"),
            Lang::Es => include_str!("../locales/es.ftl"),
        }
    }

    /// A language tag ("de", "de-AT", "ES") read by its first part; None for a language the page
    /// does not have.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The visit's language: the link's (`?lang=`), else the first of the browser's languages
    /// the page has, else English. A link's language the page does not have comes back as the
    /// reason it was not used.
    pub fn choose(link: Option<&str>, browser: &[String]) -> (Lang, Option<String>) {
        let from_browser = || browser.iter().find_map(|tag| Lang::from_tag(tag)).unwrap_or_default();
        match link.map(|tag| (tag, Lang::from_tag(tag))) {
            None => (from_browser(), None),
            Some((_, Some(lang))) => (lang, None),
            Some((tag, None)) => (from_browser(), Some(tag.to_string())),
        }
    }
}

struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    fn new(lang: Lang) -> Self {
        // A catalog that does not parse fails its tests (every_catalog_parses...); at run time
        // the messages that did parse still serve.
        let resource = FluentResource::try_new(lang.catalog().to_string()).unwrap_or_else(|(resource, _)| resource);
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code parses");
        let mut bundle = FluentBundle::new(vec![id]);
        // No Unicode isolation marks around arguments: every language here runs left to right,
        // and the marks would show in copied text and in the tests' strings.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(format_value));
        // NUMBER(), for the ordinal rules of ranks ("1st", "1.").
        let _ = bundle.add_builtins();
        let _ = bundle.add_resource(resource);
        Catalog { lang, bundle }
    }
}

thread_local! {
    static CATALOG: RefCell<Catalog> = RefCell::new(Catalog::new(Lang::En));
}

/// Makes `lang` the language of every message and number from now on (in this thread).
pub fn set(lang: Lang) {
    CATALOG.with(|catalog| {
        if catalog.borrow().lang != lang {
            *catalog.borrow_mut() = Catalog::new(lang);
        }
    });
}

/// The language messages are read in.
pub fn lang() -> Lang {
    CATALOG.with(|catalog| catalog.borrow().lang)
}

/// The message `id` in the current language, with `args`. A message missing from a catalog (the
/// tests forbid it) falls back to English, then to its id.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    let read = |catalog: &Catalog| {
        let pattern = catalog.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = catalog.bundle.format_pattern(pattern, args, &mut errors).into_owned();
        debug_assert!(errors.is_empty(), "{id} in {}: {errors:?}", catalog.lang.code());
        Some(text)
    };
    CATALOG.with(|catalog| {
        let catalog = catalog.borrow();
        read(&catalog)
            .or_else(|| if catalog.lang == Lang::En { None } else { read(&Catalog::new(Lang::En)) })
            .unwrap_or_else(|| id.to_string())
    })
}

/// The message `id`, or `english` where no catalog has it: for the engine's names, whose ids are
/// made from its keys (`crate::text::names`).
pub fn message_or(id: &str, english: &str) -> String {
    let text = message(id, None);
    if text == id {
        english.to_string()
    } else {
        text
    }
}

/// A message of the catalog: `tr!("run-bar-run")`, or with arguments,
/// `tr!("results-imported", name = name)`. A string argument is put in as it is; a whole number
/// is written by [`count`] and selects the plural form where the message asks.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

pub use fluent_bundle::FluentArgs as Args;

/// How Fluent writes a number argument: whole numbers with the language's grouping.
fn format_value(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(number) => Some(decimal(number.value)),
        _ => None,
    }
}

/// A count with its thousands grouped the language's way: "1,830", "1.830", "1830" (Spanish
/// groups from five digits).
pub fn count(n: usize) -> String {
    written(n as f64, Style { places: 0..=0, ..Style::default() })
}

/// `x` with `places` decimals: "11.07", "11,07".
pub fn fixed(x: f64, places: u8) -> String {
    written(x, Style { places: places..=places, ..Style::default() })
}

/// `x` with its sign always written: "+11.07", "-0.33", "+11,07".
pub fn signed(x: f64, places: u8) -> String {
    written(x, Style { places: places..=places, sign: true, ..Style::default() })
}

/// A percentage (`x` in percent): "11.1%", "11,1 %".
pub fn percent(x: f64, places: u8) -> String {
    written(x, Style { places: places..=places, percent: true, ..Style::default() })
}

/// A setting's value as briefly as it is exact (up to six decimals): "0.001", "0,001", "10,000".
pub fn decimal(x: f64) -> String {
    written(x, Style { places: 0..=6, ..Style::default() })
}

/// An interval with signs: "[+9.80, +12.34]", "[+9,80, +12,34]".
pub fn signed_interval([low, high]: [f64; 2], places: u8) -> String {
    format!("[{}, {}]", signed(low, places), signed(high, places))
}

/// An interval of plain numbers: "[32, 45]".
pub fn interval([low, high]: [f64; 2], places: u8) -> String {
    format!("[{}, {}]", fixed(low, places), fixed(high, places))
}

#[derive(Clone, PartialEq)]
struct Style {
    places: std::ops::RangeInclusive<u8>,
    sign: bool,
    percent: bool,
}

impl Default for Style {
    fn default() -> Self {
        Style { places: 0..=0, sign: false, percent: false }
    }
}

#[cfg(target_family = "wasm")]
thread_local! {
    /// One `Intl.NumberFormat`'s bound `format` per language and style: making one costs about
    /// 11 us and formatting with it 0.25 us (Node's V8, 20,000 of each), and a chart writes hundreds.
    static FORMATS: RefCell<Vec<((Lang, Style), js_sys::Function)>> = const { RefCell::new(Vec::new()) };
}

#[cfg(target_family = "wasm")]
fn written(x: f64, style: Style) -> String {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    let key = (lang(), style);
    let format = FORMATS.with(|formats| {
        if let Some((_, format)) = formats.borrow().iter().find(|(k, _)| *k == key) {
            return format.clone();
        }
        let (lang, style) = &key;
        let options = Object::new();
        let set = |name: &str, value: JsValue| {
            let _ = Reflect::set(&options, &name.into(), &value);
        };
        set("minimumFractionDigits", (*style.places.start()).into());
        set("maximumFractionDigits", (*style.places.end()).into());
        if style.sign {
            set("signDisplay", "always".into());
        }
        if style.percent {
            set("style", "percent".into());
        }
        let format = Intl::NumberFormat::new(&Array::of1(&lang.code().into()), &options).format();
        formats.borrow_mut().push((key.clone(), format.clone()));
        format
    });
    let value = if key.1.percent { x / 100.0 } else { x };
    let text = format.call1(&JsValue::NULL, &value.into()).ok().and_then(|text| text.as_string());
    text.unwrap_or_else(|| table(x, key.1))
}

#[cfg(not(target_family = "wasm"))]
fn written(x: f64, style: Style) -> String {
    table(x, style)
}

/// The separators Intl.NumberFormat uses for the page's languages (CLDR): what the native tests
/// read, and the page's fallback should the browser's formatter fail.
fn table(x: f64, style: Style) -> String {
    let (group, decimal, group_from, percent_sign) = match lang() {
        Lang::En => (',', '.', 4, "%"),
        Lang::De => ('.', ',', 4, "\u{a0}%"),
        Lang::Es => ('.', ',', 5, "\u{a0}%"),
    };
    let rounded = format!("{:.*}", usize::from(*style.places.end()), x.abs());
    let (whole, fraction) = rounded.split_once('.').unwrap_or((&rounded, ""));
    let keep = fraction.trim_end_matches('0').len().max(usize::from(*style.places.start()));
    let fraction = &fraction[..keep];
    let mut text = String::new();
    if x.is_sign_negative() {
        text.push('-');
    } else if style.sign {
        text.push('+');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && whole.len() >= group_from && (whole.len() - i).is_multiple_of(3) {
            text.push(group);
        }
        text.push(digit);
    }
    if !fraction.is_empty() {
        text.push(decimal);
        text.push_str(fraction);
    }
    if style.percent {
        text.push_str(percent_sign);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    use std::collections::BTreeSet;

    /// Each message's id and the variables it reads, by catalog.
    fn messages(lang: Lang) -> Vec<(String, BTreeSet<String>)> {
        let resource = fluent_syntax::parser::parse(lang.catalog()).unwrap_or_else(|(_, errors)| panic!("{}.ftl: {errors:?}", lang.code()));
        fn variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
            fn inline(expression: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
                if let InlineExpression::VariableReference { id } = expression {
                    into.insert(id.name.to_string());
                }
            }
            for element in &pattern.elements {
                if let PatternElement::Placeable { expression } = element {
                    match expression {
                        Expression::Inline(expression) => inline(expression, into),
                        Expression::Select { selector, variants } => {
                            inline(selector, into);
                            for variant in variants {
                                variables(&variant.value, into);
                            }
                        }
                    }
                }
            }
        }
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => {
                    let mut used = BTreeSet::new();
                    if let Some(value) = &message.value {
                        variables(value, &mut used);
                    }
                    Some((message.id.name.to_string(), used))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_catalog_parses_and_has_every_message_of_english_with_the_same_variables() {
        let english = messages(Lang::En);
        assert!(english.len() > 300, "English has {} messages", english.len());
        for lang in [Lang::De, Lang::Es] {
            let translated = messages(lang);
            let ids: Vec<&String> = translated.iter().map(|(id, _)| id).collect();
            let unique: BTreeSet<&String> = ids.iter().copied().collect();
            assert_eq!(ids.len(), unique.len(), "{}.ftl defines a message twice", lang.code());
            let missing: Vec<&String> = english.iter().map(|(id, _)| id).filter(|id| !unique.contains(id)).collect();
            assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
            let extra: Vec<&&String> = unique.iter().filter(|id| !english.iter().any(|(e, _)| e == **id)).collect();
            assert!(extra.is_empty(), "{}.ftl has messages English does not: {extra:?}", lang.code());
            for (id, used) in &english {
                let (_, theirs) = translated.iter().find(|(t, _)| t == id).unwrap();
                assert_eq!(used, theirs, "{id}: {}.ftl reads other variables than English", lang.code());
            }
        }
    }

    /// Every `tr!` and `words!` in the page's source names a message of the catalogs, and every
    /// message is read somewhere (by those, or as one of the engine's names): a misspelt id would
    /// show on the page as the id itself.
    #[test]
    fn the_source_reads_every_message_and_only_messages_that_exist() {
        fn sources(dir: &std::path::Path, into: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    sources(&path, into);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    into.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut source = String::new();
        sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut source);
        // Messages read by the macro; not the paths of `include_str!`, whose name ends alike.
        let read: BTreeSet<&str> = source
            .match_indices("tr!(")
            .filter(|(at, _)| !source[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            .filter_map(|(at, _)| source[at + 4..].trim_start().strip_prefix('"')?.split('"').next())
            .filter(|id| id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .collect();
        // And the messages `words!` blocks read: `name => "id",` up to the block's end.
        let words: BTreeSet<&str> = source
            .split("words! {\n")
            .skip(1)
            .flat_map(|block| block.split("\n    }").next().unwrap_or_default().lines())
            .filter_map(|line| line.trim().strip_suffix("\",")?.split_once(" => \"").map(|(_, id)| id))
            .collect();
        assert!(words.len() > 200, "the words! blocks are read: {}", words.len());
        let read: BTreeSet<&str> = read.union(&words).copied().collect();
        let names: Vec<String> = crate::text::names::all().into_iter().map(|(id, _)| id).collect();
        let read: BTreeSet<&str> = read.into_iter().chain(names.iter().map(String::as_str)).collect();
        let defined: BTreeSet<String> = messages(Lang::En).into_iter().map(|(id, _)| id).collect();
        let unknown: Vec<&&str> = read.iter().filter(|id| !defined.contains(**id)).collect();
        assert!(unknown.is_empty(), "tr! names messages en.ftl lacks: {unknown:?}");
        let unread: Vec<&String> = defined.iter().filter(|id| !read.contains(id.as_str())).collect();
        assert!(unread.is_empty(), "en.ftl has messages nothing reads: {unread:?}");
    }

    /// The English catalog names the engine's models, sources, networks, presets and settings
    /// exactly as the engine does (the CLI's words), so the two cannot drift; where it lacks one
    /// the page would fall back to the engine's English, and this fails.
    #[test]
    fn the_english_catalog_says_what_the_engine_says() {
        set(Lang::En);
        let differ: Vec<String> = crate::text::names::all()
            .into_iter()
            .filter(|(id, english)| message(id, None) != *english)
            .map(|(id, english)| format!("{id}: the engine says {english:?}, en.ftl {:?}", message(&id, None)))
            .collect();
        assert!(differ.is_empty(), "{}", differ.join("\n"));
    }

    #[test]
    fn a_link_chooses_the_language_before_the_browser_and_english_is_the_last_resort() {
        let browser = vec!["fr-FR".to_string(), "es-MX".to_string(), "de".to_string()];
        assert_eq!(Lang::choose(Some("de"), &browser), (Lang::De, None));
        assert_eq!(Lang::choose(None, &browser), (Lang::Es, None));
        assert_eq!(Lang::choose(Some("klingon"), &browser), (Lang::Es, Some("klingon".into())));
        assert_eq!(Lang::choose(None, &["fr".to_string()]), (Lang::En, None));
        assert_eq!(Lang::from_tag("DE-at"), Some(Lang::De));
    }

    #[test]
    fn numbers_are_written_with_each_languages_separators() {
        let written = |lang| {
            set(lang);
            let got = [count(1830), count(12345), fixed(11.066, 2), signed(-0.334, 2), signed(0.0, 1), percent(91.54, 1), decimal(0.0015)];
            set(Lang::En);
            got
        };
        assert_eq!(written(Lang::En), ["1,830", "12,345", "11.07", "-0.33", "+0.0", "91.5%", "0.0015"]);
        assert_eq!(written(Lang::De), ["1.830", "12.345", "11,07", "-0,33", "+0,0", "91,5\u{a0}%", "0,0015"]);
        assert_eq!(written(Lang::Es), ["1830", "12.345", "11,07", "-0,33", "+0,0", "91,5\u{a0}%", "0,0015"]);
    }

    #[test]
    fn a_plural_follows_the_language_and_a_missing_message_falls_back_to_english() {
        set(Lang::De);
        assert_eq!(crate::tr!("room-group", settings = "x", seeds = 1usize), "Läufe mit x: 1 Seed");
        assert_eq!(crate::tr!("room-group", settings = "x", seeds = 1830usize), "Läufe mit x: 1.830 Seeds");
        set(Lang::En);
        assert_eq!(crate::tr!("room-group", settings = "x", seeds = 1usize), "Runs of x: 1 seed");
        assert_eq!(message("no-such-message", None), "no-such-message");
    }
}
