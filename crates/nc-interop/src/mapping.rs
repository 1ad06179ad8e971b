//! Which CSV column holds which field. Recognises the column names Outlook, Google
//! Contacts and Excel lists use, in German and English; a window can show the mapping
//! with a preview and let the user change it before importing.

/// What a column is read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Ignore,
    FullName,
    Prefix,
    GivenName,
    MiddleName,
    FamilyName,
    Suffix,
    Organisation,
    Unit,
    Role,
    /// An e-mail column; `work` when its name says business.
    Email {
        work: bool,
    },
    Phone {
        work: bool,
    },
    Tags,
    Notes,
}

/// One [`Column`] per column of the file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnMapping {
    pub columns: Vec<Column>,
}

impl ColumnMapping {
    /// The mapping the column names suggest; unknown columns are ignored.
    pub fn detect(headers: &[String]) -> Self {
        Self {
            columns: headers.iter().map(|header| recognise(header)).collect(),
        }
    }

    /// Whether any column can give a contact a name (a name, organisation or e-mail).
    pub fn can_name_contacts(&self) -> bool {
        self.columns.iter().any(|column| {
            matches!(
                column,
                Column::FullName
                    | Column::GivenName
                    | Column::FamilyName
                    | Column::Organisation
                    | Column::Email { .. }
            )
        })
    }
}

/// Lower case, letters and digits only: "E-Mail 2: Adresse" → "email2adresse".
fn squash(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Exact names first (they are ambiguous as parts: "name", "title"), then parts.
fn recognise(header: &str) -> Column {
    let key = squash(header);
    let exact = match key.as_str() {
        "name" | "anzeigename" | "displayname" | "fullname" | "vollständigername" | "kontakt" => {
            Some(Column::FullName)
        }
        // Outlook's English "Title" is the name prefix (Mr., Dr.); its "Job Title" the role.
        "anrede" | "title" | "nameprefix" | "prefix" | "titel" => Some(Column::Prefix),
        "vorname" | "firstname" | "givenname" => Some(Column::GivenName),
        "weiterevornamen" | "middlename" | "additionalname" | "zweitervorname" => {
            Some(Column::MiddleName)
        }
        "nachname" | "lastname" | "familyname" | "surname" | "familienname" => {
            Some(Column::FamilyName)
        }
        "suffix" | "namesuffix" | "namenszusatz" => Some(Column::Suffix),
        "firma" | "company" | "organisation" | "organization" | "unternehmen"
        | "organization1name" | "institution" | "verein" => Some(Column::Organisation),
        "abteilung" | "department" | "organization1department" | "bereich" | "einheit" => {
            Some(Column::Unit)
        }
        "position" | "jobtitle" | "funktion" | "rolle" | "role" | "organization1title"
        | "beruf" | "berufsbezeichnung" => Some(Column::Role),
        "kategorien" | "categories" | "groupmembership" | "labels" | "schlagwörter"
        | "schlagworte" | "tags" | "gruppen" | "stichwörter" => Some(Column::Tags),
        "notizen" | "notes" | "notiz" | "note" | "bemerkung" | "bemerkungen" | "anmerkungen"
        | "kommentar" => Some(Column::Notes),
        _ => None,
    };
    if let Some(column) = exact {
        return column;
    }
    let work = ["geschäftlich", "business", "work", "büro", "dienstlich"]
        .iter()
        .any(|word| key.contains(word));
    // "E-Mail-Anzeigename" and Google's "E-mail 1 - Type" name no address.
    let describes = ["anzeigename", "displayname", "type", "typ", "label"]
        .iter()
        .any(|word| key.ends_with(word));
    if describes {
        return Column::Ignore;
    }
    if key.contains("email") || key.contains("mail") {
        Column::Email { work }
    } else if ["telefon", "phone", "mobil", "handy", "tel"]
        .iter()
        .any(|word| key.starts_with(word))
        || key.contains("telefon")
        || key.contains("phone")
    {
        Column::Phone { work }
    } else {
        Column::Ignore
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(headers: &[&str]) -> Vec<Column> {
        let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
        ColumnMapping::detect(&headers).columns
    }

    #[test]
    fn outlook_german_columns() {
        assert_eq!(
            detect(&[
                "Anrede",
                "Vorname",
                "Nachname",
                "Firma",
                "Abteilung",
                "Position",
                "Telefon geschäftlich",
                "Mobiltelefon",
                "E-Mail-Adresse",
                "E-Mail-Anzeigename",
                "E-Mail 2: Adresse",
                "Kategorien",
                "Notizen",
                "Straße geschäftlich"
            ]),
            [
                Column::Prefix,
                Column::GivenName,
                Column::FamilyName,
                Column::Organisation,
                Column::Unit,
                Column::Role,
                Column::Phone { work: true },
                Column::Phone { work: false },
                Column::Email { work: false },
                Column::Ignore,
                Column::Email { work: false },
                Column::Tags,
                Column::Notes,
                Column::Ignore
            ]
        );
    }

    #[test]
    fn outlook_and_google_english_columns() {
        assert_eq!(
            detect(&[
                "Title",
                "First Name",
                "Last Name",
                "Job Title",
                "Business Phone",
                "E-mail Address",
                "E-mail 1 - Type",
                "E-mail 1 - Value",
                "Organization 1 - Name",
                "Group Membership"
            ]),
            [
                Column::Prefix,
                Column::GivenName,
                Column::FamilyName,
                Column::Role,
                Column::Phone { work: true },
                Column::Email { work: false },
                Column::Ignore,
                Column::Email { work: false },
                Column::Organisation,
                Column::Tags
            ]
        );
    }
}
