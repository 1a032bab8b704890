//! Names written once. An enum declared with [`wire_names!`] gives each variant its name
//! on the wire in one place: serde's rename and `slug()` both come from it, so the two can
//! never disagree.

/// Declares `pub enum $name` with a name for each variant (`Variant = "name",`),
/// `$name::$by()`, which returns it, and `$name::ALL`, every variant in order. A
/// variant's attributes (its docs, serde's rename) go on it as written.
macro_rules! named_variants {
    (
        $(#[$by_doc:meta])* fn $by:ident;
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$attr:meta])* $variant:ident = $named:literal,)*
        }
    ) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$attr])* $variant,)*
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];

            $(#[$by_doc])*
            pub fn $by(self) -> &'static str {
                match self {
                    $($name::$variant => $named,)*
                }
            }
        }
    };
}

/// Declares `pub enum $name` with each variant's wire name (`Variant = "name",`),
/// `$name::slug()`, which returns it, and `$name::ALL`, every variant in order.
macro_rules! wire_names {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$doc:meta])* $variant:ident = $wire:literal,)*
        }
    ) => {
        $crate::wire::named_variants! {
            /// As the JSON writes it.
            fn slug;
            $(#[$meta])*
            pub enum $name {
                $($(#[$doc])* #[serde(rename = $wire)] $variant = $wire,)*
            }
        }
    };
}

pub(crate) use {named_variants, wire_names};

#[cfg(test)]
mod tests {
    use crate::{
        catalog::{Feature, SourceId, Transport},
        check::ProbeState,
        egress::{EgressState, NatMapping, Phone},
        family::AddressFamily,
    };

    /// What serde writes, which `slug()` must equal.
    fn json(value: impl serde::Serialize) -> String {
        serde_json::to_string(&value)
            .unwrap()
            .trim_matches('"')
            .to_owned()
    }

    #[test]
    fn each_slug_is_the_json_name() {
        assert_eq!(json(Transport::Udp), Transport::Udp.slug());
        assert_eq!(json(SourceId::RingEdge), SourceId::RingEdge.slug());
        assert_eq!(json(Feature::TwoWayAudio), "two_way_audio");
        assert_eq!(Feature::TwoWayAudio.slug(), "two_way_audio");
        assert_eq!(json(ProbeState::OpenOrFiltered), "open|filtered");
        assert_eq!(ProbeState::OpenOrFiltered.slug(), "open|filtered");
        assert_eq!(json(EgressState::NoAnswer), EgressState::NoAnswer.slug());
        assert_eq!(
            json(NatMapping::EndpointIndependent),
            "endpoint_independent"
        );
        assert_eq!(json(Phone::Iphone), Phone::Iphone.slug());
        assert_eq!(json(AddressFamily::Ipv6), "ipv6");
        assert_eq!(AddressFamily::Ipv6.slug(), "ipv6");
    }
}
