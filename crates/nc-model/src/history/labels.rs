//! What a step is called: the Edit menu says "Rückgängig: Eingabe in „Motivation“",
//! so every step carries a label, and an edit's label names the part it touched.

use super::Collaboration;

/// Which part of a collaboration an edit touched; also what the Edit menu names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditTarget {
    Title,
    Partners,
    Relationship,
    Importance,
    MeetingDate,
    Field(String),
    Investment,
    Preparation,
    Meetings,
    PartnerView(String),
    Snapshots,
    Template,
    /// Typing in a contact's card.
    Contacts,
    /// An edit in the template editor.
    Templates,
}

/// What a step did, for "Rückgängig: …" in the Edit menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepLabel {
    Edit(EditTarget),
    Add,
    Duplicate,
    Delete,
    Rename,
    Move,
    /// A command that changed contacts or templates.
    Book(BookStep),
    /// A command on the cards of a Kartenabfrage.
    Cards(CardStep),
    /// Changes made elsewhere to the file (another window, a synced folder), merged in.
    MergeFromElsewhere,
    /// The partner's filled copy of shared canvases, merged back.
    PartnerCopy,
}

/// The card commands that make one undo step each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardStep {
    Add,
    Change,
    Remove,
    Move,
    Cluster,
    TakeOver,
    /// Cards and dots sent by participants' devices.
    Participants,
    /// A dot given or taken back on the card wall.
    Dot,
}

/// The Netzwerkbuch and template commands that make one undo step each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookStep {
    AddContact,
    DeleteContact,
    LogActivity,
    RemoveActivity,
    /// "Erledigt" in the due list.
    FollowUpDone,
    /// "+1 Woche" in the due list.
    PostponeFollowUp,
    MonthlyGoal,
    NewTemplate,
    CopyTemplate,
    DeleteTemplate,
    RemoveField,
    ImportTemplate,
    /// A vCard or CSV file brought into the Netzwerkbuch.
    ImportContacts,
    /// A person forgotten (GDPR art. 17).
    Forget,
}

/// The part of the collaboration that differs; `modified` times are not edits.
pub(super) fn changed_target(before: &Collaboration, after: &Collaboration) -> Option<EditTarget> {
    if before.title != after.title {
        return Some(EditTarget::Title);
    }
    if before.partners != after.partners {
        return Some(EditTarget::Partners);
    }
    if before.relationship != after.relationship {
        return Some(EditTarget::Relationship);
    }
    if before.importance != after.importance {
        return Some(EditTarget::Importance);
    }
    if before.meeting_date != after.meeting_date {
        return Some(EditTarget::MeetingDate);
    }
    if before.investment != after.investment {
        return Some(EditTarget::Investment);
    }
    if before.preparation != after.preparation {
        return Some(EditTarget::Preparation);
    }
    if before.meetings != after.meetings {
        return Some(EditTarget::Meetings);
    }
    if before.snapshots != after.snapshots {
        return Some(EditTarget::Snapshots);
    }
    if before.template != after.template {
        return Some(EditTarget::Template);
    }
    if let Some(key) = before
        .partner_view
        .keys()
        .chain(after.partner_view.keys())
        .find(|key| before.partner_text(key) != after.partner_text(key))
    {
        return Some(EditTarget::PartnerView(key.clone()));
    }
    let keys = before.fields.keys().chain(after.fields.keys());
    keys.into_iter()
        .find(|key| before.field_text(key) != after.field_text(key))
        .map(|key| EditTarget::Field(key.clone()))
}
