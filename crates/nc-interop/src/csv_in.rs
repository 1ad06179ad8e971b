//! CSV files to incoming contacts: the separator (`,` `;` or tab) is taken from the
//! header line, quoting and line breaks inside fields are the csv crate's, and the
//! columns are read through a [`ColumnMapping`].

use super::incoming::{IncomingContact, Place, Reachable, clean};
use super::mapping::{Column, ColumnMapping};
use super::{ImportError, Parsed};

/// A CSV file read into rows, before the mapping: what a window shows as a preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTable {
    pub separator: u8,
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    /// The line the row starts on, from 1 (the header is line 1).
    pub line: u64,
    pub fields: Vec<String>,
}

/// The separator that splits the header line into the most columns; `;` wins a tie,
/// since that is what German Excel writes.
pub fn detect_separator(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let count = |separator: char| header.matches(separator).count();
    [b';', b',', b'\t']
        .into_iter()
        .rev()
        .max_by_key(|separator| (count(char::from(*separator)), *separator == b';'))
        .unwrap_or(b';')
}

pub fn read_csv(text: &str) -> Result<CsvTable, ImportError> {
    let separator = detect_separator(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|error| ImportError::Csv(error.to_string()))?
        .iter()
        .map(|header| clean(header, false))
        .collect();
    let mut rows = Vec::new();
    // csv's own line count is one short after CRLF line ends (a record starts at the
    // previous line's '\n'), so lines are counted from the byte offsets.
    let (mut counted_to, mut line) = (0, 1);
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::Csv(error.to_string()))?;
        let start = record.position().map_or(counted_to, |position| {
            usize::try_from(position.byte()).unwrap_or(counted_to)
        });
        let end = (start + 1).min(text.len()).max(counted_to);
        line += text.as_bytes().get(counted_to..end).map_or(0, |bytes| {
            bytes.iter().filter(|b| **b == b'\n').count() as u64
        });
        counted_to = end;
        rows.push(CsvRow {
            line,
            fields: record.iter().map(str::to_owned).collect(),
        });
    }
    Ok(CsvTable {
        separator,
        headers,
        rows,
    })
}

/// The contacts of the rows, read through `mapping`.
pub fn csv_contacts(table: &CsvTable, mapping: &ColumnMapping) -> Result<Parsed, ImportError> {
    if !mapping.can_name_contacts() {
        return Err(ImportError::NoColumns {
            columns: table.headers.join(", "),
        });
    }
    let contacts = table
        .rows
        .iter()
        .map(|row| from_row(row, mapping))
        .collect();
    Ok(Parsed {
        contacts,
        problems: Vec::new(),
    })
}

fn from_row(row: &CsvRow, mapping: &ColumnMapping) -> IncomingContact {
    let mut contact = IncomingContact {
        place: Some(Place::Line(row.line)),
        ..IncomingContact::default()
    };
    let mut name_parts: [Vec<String>; 5] = Default::default();
    let mut full_name = String::new();
    let mut notes = Vec::new();
    for (column, field) in mapping.columns.iter().zip(&row.fields) {
        let value = clean(field, false);
        if value.is_empty() {
            continue;
        }
        match *column {
            Column::Ignore => {}
            Column::FullName => full_name = value,
            // Outlook's "Anrede" holds Herr/Frau, which is no part of a name on a card.
            Column::Prefix if SALUTATIONS.contains(&value.to_lowercase().trim_end_matches('.')) => {
            }
            Column::Prefix => name_parts[0].push(value),
            Column::GivenName => name_parts[1].push(value),
            Column::MiddleName => name_parts[2].push(value),
            Column::FamilyName => name_parts[3].push(value),
            Column::Suffix => name_parts[4].push(value),
            Column::Organisation => contact.organisation = value,
            Column::Unit => contact.unit = value,
            Column::Role => contact.role = value,
            Column::Email { work } => push_values(&mut contact.emails, &value, work),
            Column::Phone { work } => push_values(&mut contact.phones, &value, work),
            Column::Tags => contact.tags.extend(
                value
                    .split([',', ';'])
                    .flat_map(|part| part.split(":::"))
                    .map(str::trim)
                    // Google's own groups, such as "* myContacts", are not the user's tags.
                    .filter(|tag| !tag.is_empty() && !tag.starts_with('*'))
                    .map(str::to_owned),
            ),
            Column::Notes => notes.push(clean(field, true)),
        }
    }
    contact.name = if full_name.is_empty() {
        name_parts
            .iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        full_name
    };
    contact.notes = notes.join("\n");
    contact
}

const SALUTATIONS: [&str; 7] = ["herr", "frau", "mr", "mrs", "ms", "miss", "divers"];

/// Google joins several values in one field with " ::: ".
fn push_values(list: &mut Vec<Reachable>, value: &str, work: bool) {
    for part in value
        .split(":::")
        .map(str::trim)
        .filter(|part| !part.is_empty())
    {
        list.push(Reachable {
            value: part.to_owned(),
            preferred: false,
            work,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_one_that_splits_the_header() {
        assert_eq!(detect_separator("Name;Firma;E-Mail\nA,B;C;D"), b';');
        assert_eq!(detect_separator("Name,Company,E-mail\n"), b',');
        assert_eq!(detect_separator("Name\tFirma\tE-Mail"), b'\t');
        assert_eq!(detect_separator("Name"), b';');
    }
}
