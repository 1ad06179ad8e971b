//! Filling a message's placeholders, and choosing the singular for a count of one.
//! The table holds both forms of a counted message as separate keys; this is where
//! the count picks one.

use super::{Language, Msg};

impl Msg {
    /// The singular form of a counted message, where it has one.
    fn singular(self) -> Self {
        match self {
            Self::CollaborationCount => Self::CollaborationCountOne,
            Self::RecoverBody => Self::RecoverBodyOne,
            Self::CameIn => Self::CameInOne,
            Self::CameInCopy => Self::CameInCopyOne,
            Self::CopyBody => Self::CopyBodyOne,
            Self::RemoveFieldBody => Self::RemoveFieldBodyOne,
            Self::TemplateInUse => Self::TemplateInUseOne,
            Self::ExportSaved => Self::ExportSavedOne,
            Self::ExportDone => Self::ExportDoneOne,
            Self::CardCount => Self::CardCountOne,
            Self::WallSummary => Self::WallSummaryOne,
            Self::MoreGroups => Self::MoreGroupsOne,
            Self::ShareContacts => Self::ShareContactsOne,
            Self::ShareOthers => Self::ShareOthersOne,
            Self::ShareLinks => Self::ShareLinksOne,
            Self::ShareMeetings => Self::ShareMeetingsOne,
            Self::ShareSnapshots => Self::ShareSnapshotsOne,
            Self::SharePreparations => Self::SharePreparationsOne,
            Self::ShareAuthors => Self::ShareAuthorsOne,
            Self::ShareMyViews => Self::ShareMyViewsOne,
            Self::PartnerMerged => Self::PartnerMergedOne,
            Self::DotCount => Self::DotCountOne,
            Self::SessionCards => Self::SessionCardsOne,
            Self::ImportAdded => Self::ImportAddedOne,
            Self::ImportDialogSummary => Self::ImportDialogSummaryOne,
            Self::ImportDialogBroken => Self::ImportDialogBrokenOne,
            Self::ImportMerged => Self::ImportMergedOne,
            Self::ImportSkipped => Self::ImportSkippedOne,
            Self::ImportBroken => Self::ImportBrokenOne,
            Self::ContactsWritten => Self::ContactsWrittenOne,
            Self::IcsWritten => Self::IcsWrittenOne,
            Self::WhereNamedHeader => Self::WhereNamedHeaderOne,
            Self::WhereContact => Self::WhereContactOne,
            Self::ForgetContact => Self::ForgetContactOne,
            Self::ForgetLinks => Self::ForgetLinksOne,
            Self::ForgetCanvasPlaces => Self::ForgetCanvasPlacesOne,
            Self::ForgetSnapshotPlaces => Self::ForgetSnapshotPlacesOne,
            Self::AuskunftWritten => Self::AuskunftWrittenOne,
            Self::ForgetRecoveries => Self::ForgetRecoveriesOne,
            Self::ForgetRecoveriesCleaned => Self::ForgetRecoveriesCleanedOne,
            other => other,
        }
    }

    /// A counted message: "1 Kooperation", "2 Kooperationen"; `{count}` is filled in.
    pub fn fill_count(self, language: Language, count: usize, values: &[(&str, &str)]) -> String {
        let msg = if count == 1 { self.singular() } else { self };
        let count = count.to_string();
        let mut all = vec![("count", count.as_str())];
        all.extend_from_slice(values);
        msg.fill(language, &all)
    }

    /// The text with each `{name}` placeholder replaced by its value.
    pub fn fill(self, language: Language, values: &[(&str, &str)]) -> String {
        let mut text = self.text(language).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}
