//! The message catalogues built into the binary, one set of files per language, and the
//! Fluent bundle each locale renders with.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{
    CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
};
use ringcheck_shared::language::Language;

use crate::{Bundle, Locale, numbers, pseudo};

/// One `.ftl` file of one language.
pub struct Catalogue {
    pub language: Language,
    pub file: &'static str,
    pub source: &'static str,
}

/// Every file of every language: `$file` is one of `locales/<tag>/$file.ftl`, which
/// each language has.
macro_rules! in_every_language {
    ($($file:literal),* $(,)?) => {
        &[$(
            in_every_language!(@one English "en" $file),
            in_every_language!(@one Italian "it" $file),
            in_every_language!(@one German "de" $file),
            in_every_language!(@one French "fr" $file),
            in_every_language!(@one Spanish "es" $file),
            in_every_language!(@one Dutch "nl" $file),
            in_every_language!(@one Japanese "ja" $file),
        )*]
    };
    (@one $language:ident $tag:literal $file:literal) => {
        Catalogue {
            language: Language::$language,
            file: $file,
            source: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"), "/locales/", $tag, "/", $file, ".ftl"
            )),
        }
    };
}

const CATALOGUES: &[Catalogue] = in_every_language![
    "pages",
    "app",
    "errors",
    "catalogue",
    "verdicts",
    "advice",
    "probes",
    "upload"
];

/// Every catalogue file built in.
pub fn catalogues() -> &'static [Catalogue] {
    CATALOGUES
}

/// The bundle `locale` renders with, of `catalogues`: its language's files, its numbers, no bidi
/// isolation marks (nothing Ring Check speaks is written right to left, and the marks
/// would land in copied text); the pseudo-language is English's files, accented.
pub(crate) fn bundle(locale: Locale, catalogues: &[Catalogue]) -> Bundle {
    let language = locale.language();
    let id = language
        .slug()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match language {
        Language::English => numbers::formatter::<{ Language::English as usize }, _>,
        Language::Italian => numbers::formatter::<{ Language::Italian as usize }, _>,
        Language::German => numbers::formatter::<{ Language::German as usize }, _>,
        Language::French => numbers::formatter::<{ Language::French as usize }, _>,
        Language::Spanish => numbers::formatter::<{ Language::Spanish as usize }, _>,
        Language::Dutch => numbers::formatter::<{ Language::Dutch as usize }, _>,
        Language::Japanese => numbers::formatter::<{ Language::Japanese as usize }, _>,
    }));
    if locale == Locale::Pseudo {
        bundle.set_transform(Some(pseudo::accented));
    }
    for catalogue in catalogues.iter().filter(|c| c.language == language) {
        let resource = FluentResource::try_new(catalogue.source.to_owned()).unwrap_or_else(
            |(resource, errors)| {
                tracing::error!(
                    language = language.slug(),
                    file = catalogue.file,
                    "a message catalogue has errors, its broken messages are left out: \
                     {errors:?}"
                );
                resource
            },
        );
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(
                language = language.slug(),
                file = catalogue.file,
                "a message catalogue repeats messages: {errors:?}"
            );
        }
    }
    bundle
}

/// What the other languages must match of a catalogue: each message (and
/// `message.attribute`) with the variables it uses.
pub type MessageShape = BTreeMap<String, BTreeSet<String>>;

impl Catalogue {
    /// The file parsed, or what is wrong with it.
    pub fn parse(&self) -> Result<FluentResource, String> {
        FluentResource::try_new(self.source.to_owned()).map_err(|(_, errors)| format!("{errors:?}"))
    }

    /// Its messages and the variables each uses (terms are the language's own, and its
    /// messages may use any).
    pub fn shape(&self) -> Result<MessageShape, String> {
        let resource = self.parse()?;
        let mut shape = MessageShape::new();
        for entry in resource.entries() {
            let Entry::Message(message) = entry else {
                continue;
            };
            if let Some(value) = &message.value {
                let mut variables = BTreeSet::new();
                pattern_variables(value, &mut variables);
                shape.insert(message.id.name.to_owned(), variables);
            }
            for attribute in &message.attributes {
                let mut variables = BTreeSet::new();
                pattern_variables(&attribute.value, &mut variables);
                shape.insert(
                    format!("{}.{}", message.id.name, attribute.id.name),
                    variables,
                );
            }
        }
        Ok(shape)
    }
}

fn pattern_variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                pattern_variables(&variant.value, found);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments_variables(arguments, found);
        }
        InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => arguments_variables(arguments, found),
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

fn arguments_variables(arguments: &CallArguments<&str>, found: &mut BTreeSet<String>) {
    for argument in &arguments.positional {
        inline_variables(argument, found);
    }
    for argument in &arguments.named {
        inline_variables(&argument.value, found);
    }
}
