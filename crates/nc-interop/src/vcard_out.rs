//! Contacts as vCard 4.0, or 3.0 for older programs; calcard writes them (escapes,
//! folding at 75 octets, CRLF). Read back by [`super::parse_vcards`], they give the
//! same contacts.

use calcard::vcard::{
    VCard, VCardEntry, VCardParameter, VCardParameterName, VCardProperty, VCardType, VCardValue,
};

use nc_model::Contact;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum VCardVersion {
    V3,
    #[default]
    V4,
}

/// All `contacts`, one card each, in their order.
pub fn contacts_vcard(contacts: &[Contact], version: VCardVersion) -> String {
    let version = match version {
        VCardVersion::V3 => calcard::vcard::VCardVersion::V3_0,
        VCardVersion::V4 => calcard::vcard::VCardVersion::V4_0,
    };
    let mut out = String::new();
    for contact in contacts {
        // Writing into a String cannot fail.
        let _ = card(contact, version == calcard::vcard::VCardVersion::V4_0)
            .write_to(&mut out, version);
    }
    out
}

fn card(contact: &Contact, v4: bool) -> VCard {
    let text = |name: VCardProperty, value: &str| {
        VCardEntry::new(name).with_value(VCardValue::Text(value.to_owned()))
    };
    let work = || {
        VCardParameter::new(
            VCardParameterName::Type,
            calcard::vcard::VCardParameterValue::Type(VCardType::Work),
        )
    };
    let mut entries = vec![
        VCardEntry::new(VCardProperty::Uid).with_value(VCardValue::Text(uid(&contact.id.0))),
        text(VCardProperty::Fn, &contact.name),
        // N is required in 3.0; the card keeps one name, so it is split at the last space.
        VCardEntry::new(VCardProperty::N).with_values(name_parts(&contact.name)),
    ];
    if !contact.organisation.is_empty() {
        entries.push(text(VCardProperty::Org, &contact.organisation));
    }
    if !contact.role.is_empty() {
        entries.push(text(VCardProperty::Title, &contact.role));
    }
    if !contact.email.is_empty() {
        let mut email = text(VCardProperty::Email, &contact.email).with_param(work());
        if v4 {
            email.add_param(VCardParameter::new(
                VCardParameterName::Pref,
                calcard::vcard::VCardParameterValue::Integer(1),
            ));
        }
        entries.push(email);
    }
    if !contact.phone.is_empty() {
        entries.push(text(VCardProperty::Tel, &contact.phone).with_param(work()));
    }
    if !contact.tags.is_empty() {
        let tags = contact
            .tags
            .iter()
            .map(|tag| VCardValue::Text(tag.clone()))
            .collect();
        entries.push(VCardEntry::new(VCardProperty::Categories).with_values(tags));
    }
    if !contact.notes.is_empty() {
        entries.push(text(VCardProperty::Note, &contact.notes));
    }
    VCard { entries }
}

fn name_parts(name: &str) -> Vec<VCardValue> {
    let (given, family) = name.trim().rsplit_once(' ').unwrap_or(("", name.trim()));
    [family, given, "", "", ""]
        .into_iter()
        .map(|part| VCardValue::Text(part.to_owned()))
        .collect()
}

/// Contact ids are UUIDs; as a URN they are what RFC 6350 recommends for UID.
fn uid(id: &str) -> String {
    if uuid::Uuid::parse_str(id).is_ok() {
        format!("urn:uuid:{id}")
    } else {
        id.to_owned()
    }
}
