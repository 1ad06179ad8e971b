//! The note in the status bar ("Gespeichert: …"), kept as a message and its values
//! rather than as text, so that it follows a language switch at once.

use chrono::{DateTime, Utc};

use crate::i18n::{Language, Msg, format_local_time};

pub struct StatusNote {
    msg: Msg,
    /// A placeholder's name and its value: a text, or a time shown in the language.
    values: Vec<(&'static str, Value)>,
    /// For counted messages: the number that chooses singular or plural.
    count: Option<usize>,
}

enum Value {
    Text(String),
    Time(DateTime<Utc>),
}

impl StatusNote {
    /// `msg` without placeholders.
    pub fn plain(msg: Msg) -> Self {
        Self {
            msg,
            values: Vec::new(),
            count: None,
        }
    }

    /// A counted `msg` ("3 Kontakte geschrieben") with one text placeholder.
    pub fn counted(msg: Msg, count: usize, name: &'static str, text: String) -> Self {
        Self {
            count: Some(count),
            ..Self::with_text(msg, name, text)
        }
    }

    /// `msg` with one text placeholder, such as `{file}`.
    pub fn with_text(msg: Msg, name: &'static str, text: String) -> Self {
        Self {
            msg,
            values: vec![(name, Value::Text(text))],
            count: None,
        }
    }

    /// `msg` with several text placeholders.
    pub fn with_texts(msg: Msg, values: Vec<(&'static str, String)>) -> Self {
        Self {
            msg,
            values: (values.into_iter())
                .map(|(name, text)| (name, Value::Text(text)))
                .collect(),
            count: None,
        }
    }

    /// `msg` with one time placeholder, such as `{time}`.
    pub fn with_time(msg: Msg, name: &'static str, time: DateTime<Utc>) -> Self {
        Self {
            msg,
            values: vec![(name, Value::Time(time))],
            count: None,
        }
    }

    pub fn text(&self, language: Language) -> String {
        let values: Vec<(&str, String)> = self
            .values
            .iter()
            .map(|(name, value)| {
                let text = match value {
                    Value::Text(text) => text.clone(),
                    Value::Time(time) => format_local_time(*time, language),
                };
                (*name, text)
            })
            .collect();
        let borrowed: Vec<(&str, &str)> = values
            .iter()
            .map(|(name, text)| (*name, text.as_str()))
            .collect();
        match self.count {
            Some(count) => self.msg.fill_count(language, count, &borrowed),
            None => self.msg.fill(language, &borrowed),
        }
    }
}
