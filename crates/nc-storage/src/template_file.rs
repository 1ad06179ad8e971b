//! A single template as a file, to share with other facilitators: the same envelope
//! check as for workspaces, with its own `format` name.

use std::io::Read;
use std::path::Path;

use super::{Backup, StorageError, check_envelope, envelope_error, json_object, write_atomically};
use nc_model::{Envelope, TEMPLATE_FORMAT, TEMPLATE_VERSION, Template, TemplateFile};

/// Template files are small; anything bigger is not one.
const MAX_TEMPLATE_BYTES: u64 = 10_000_000;

/// Reads a template file; the file is only read, never written.
pub fn load_template(path: &Path) -> Result<Template, StorageError> {
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(StorageError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    parse_template(&bytes)
}

pub fn parse_template(bytes: &[u8]) -> Result<Template, StorageError> {
    let bytes = json_object(bytes)?;
    // The envelope before the content, so that a workspace or a newer file is named
    // as such instead of failing on a missing or unexpected key.
    let envelope: Envelope = serde_json::from_slice(bytes)?;
    check_envelope(&envelope, TEMPLATE_FORMAT, TEMPLATE_VERSION)?;
    let file: TemplateFile = serde_json::from_slice(bytes)?;
    // The way from a template file to a template that the bundled ones take too.
    let mut template = file
        .into_template()
        .map_err(|error| envelope_error(error, TEMPLATE_FORMAT))?;
    if template.id.trim().is_empty() {
        return Err(StorageError::InvalidContent {
            line: 1,
            column: 1,
            detail: "the template has no id".to_owned(),
        });
    }
    template.normalize();
    Ok(template)
}

pub fn template_to_json(template: &Template) -> Result<Vec<u8>, StorageError> {
    let file = TemplateFile {
        format: TEMPLATE_FORMAT.to_owned(),
        version: TEMPLATE_VERSION,
        template: template.clone(),
    };
    let mut bytes = serde_json::to_vec_pretty(&file)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Writes atomically; an exported template replaces an older export without a backup.
pub fn save_template(path: &Path, template: &Template) -> Result<(), StorageError> {
    Ok(write_atomically(
        path,
        &template_to_json(template)?,
        Backup::Skip,
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_round_trips_and_bundled_files_parse() {
        for json in nc_model::BUNDLED_TEMPLATES {
            let template = parse_template(json.as_bytes()).expect("bundled template parses");
            let again = parse_template(&template_to_json(&template).expect("serializes"))
                .expect("parses again");
            assert_eq!(again, template);
        }
    }

    /// A bundled template that fails the template file check would be left out of
    /// `Template::bundled()` without a word; this is where it shows.
    #[test]
    fn every_bundled_template_parses_as_a_template_file() {
        let bundled = Template::bundled();
        assert_eq!(bundled.len(), nc_model::BUNDLED_TEMPLATES.len());
        for (json, loaded) in nc_model::BUNDLED_TEMPLATES.iter().zip(bundled) {
            let parsed = parse_template(json.as_bytes()).expect("bundled template parses");
            assert_eq!(&parsed, loaded, "{}", parsed.id);
        }
    }

    #[test]
    fn a_workspace_is_not_a_template() {
        let error = parse_template(crate::EXAMPLE_WORKSPACE.as_bytes())
            .expect_err("a workspace is refused");
        assert!(
            matches!(error, StorageError::NotATemplate { .. }),
            "{error:?}"
        );
        let newer = br#"{"format":"netzwerk-canvas-template","version":7,"template":{"id":"x"}}"#;
        assert!(matches!(
            parse_template(newer),
            Err(StorageError::NewerVersion { found: 7 })
        ));
        let no_id = br#"{"format":"netzwerk-canvas-template","version":1,"template":{}}"#;
        assert!(parse_template(no_id).is_err());
    }
}
