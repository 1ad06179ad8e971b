//! Contacts as CSV for spreadsheets: UTF-8 with a BOM and `;`, which German Excel opens
//! with umlauts and columns intact; the headers are ones the import recognises.

use nc_i18n::{Language, Msg};
use nc_model::Contact;

pub fn contacts_csv(contacts: &[Contact], language: Language) -> Result<Vec<u8>, csv::Error> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut bytes);
        let headers = [
            Msg::CsvName,
            Msg::CsvOrganisation,
            Msg::CsvRole,
            Msg::CsvEmail,
            Msg::CsvPhone,
            Msg::CsvTags,
            Msg::CsvNotes,
        ];
        writer.write_record(headers.iter().map(|header| header.text(language)))?;
        for contact in contacts {
            writer.write_record([
                contact.name.as_str(),
                &contact.organisation,
                &contact.role,
                &contact.email,
                &contact.phone,
                &contact.tags_joined(),
                &contact.notes,
            ])?;
        }
        writer.flush()?;
    }
    Ok(bytes)
}
