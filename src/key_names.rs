//! Keyboard shortcuts as the user's keyboard prints them: "Strg+Umschalt+S" in German,
//! "Ctrl+Shift+S" in English (egui names keys in English only).

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::language::Language;

/// The shortcut's text, modifiers first, joined with "+".
pub fn shortcut_text(shortcut: &KeyboardShortcut, language: Language, is_mac: bool) -> String {
    let mut parts: Vec<&str> = modifier_names(shortcut.modifiers, language, is_mac);
    parts.push(key_name(shortcut.logical_key, language));
    parts.join("+")
}

/// The pressed modifiers in the order keyboards' manuals name them.
fn modifier_names(modifiers: Modifiers, language: Language, is_mac: bool) -> Vec<&'static str> {
    let german = language == Language::German;
    let shift = if german { "Umschalt" } else { "Shift" };
    let mut names = Vec::new();
    if is_mac {
        let (control, option, command) = if german {
            ("Control", "Wahl", "Befehl")
        } else {
            ("Ctrl", "Option", "Cmd")
        };
        if modifiers.ctrl {
            names.push(control);
        }
        if modifiers.shift {
            names.push(shift);
        }
        if modifiers.alt {
            names.push(option);
        }
        if modifiers.mac_cmd || modifiers.command {
            names.push(command);
        }
    } else {
        if modifiers.ctrl || modifiers.command {
            names.push(if german { "Strg" } else { "Ctrl" });
        }
        if modifiers.alt {
            names.push("Alt");
        }
        if modifiers.shift {
            names.push(shift);
        }
    }
    names
}

/// The key's name; German keyboards print other names on a few keys.
pub fn key_name(key: Key, language: Language) -> &'static str {
    if language == Language::German
        && let Some(name) = german_key_name(key)
    {
        return name;
    }
    match key {
        Key::Escape => "Esc",
        Key::PageUp => "Page Up",
        Key::PageDown => "Page Down",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::ArrowLeft => "←",
        Key::ArrowRight => "→",
        Key::Equals => "=",
        _ => key.name(),
    }
}

fn german_key_name(key: Key) -> Option<&'static str> {
    Some(match key {
        Key::Escape => "Esc",
        Key::Delete => "Entf",
        Key::Insert => "Einfg",
        Key::Home => "Pos1",
        Key::End => "Ende",
        Key::PageUp => "Bild↑",
        Key::PageDown => "Bild↓",
        Key::Enter => "Eingabe",
        Key::Backspace => "Rücktaste",
        Key::Space => "Leertaste",
        Key::Tab => "Tab",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMAND_SHIFT: Modifiers = Modifiers {
        shift: true,
        ..Modifiers::COMMAND
    };

    fn text(modifiers: Modifiers, key: Key, language: Language) -> String {
        shortcut_text(&KeyboardShortcut::new(modifiers, key), language, false)
    }

    #[test]
    fn german_shortcuts_use_the_names_german_keyboards_print() {
        let german = Language::German;
        assert_eq!(text(Modifiers::COMMAND, Key::N, german), "Strg+N");
        assert_eq!(text(COMMAND_SHIFT, Key::S, german), "Strg+Umschalt+S");
        assert_eq!(text(Modifiers::SHIFT, Key::Delete, german), "Umschalt+Entf");
        assert_eq!(text(Modifiers::CTRL, Key::Insert, german), "Strg+Einfg");
        assert_eq!(text(Modifiers::NONE, Key::PageDown, german), "Bild↓");
        assert_eq!(text(Modifiers::NONE, Key::PageUp, german), "Bild↑");
        assert_eq!(text(Modifiers::NONE, Key::Home, german), "Pos1");
        assert_eq!(text(COMMAND_SHIFT, Key::ArrowUp, german), "Strg+Umschalt+↑");
    }

    #[test]
    fn english_shortcuts_keep_the_english_names() {
        let english = Language::English;
        assert_eq!(text(Modifiers::COMMAND, Key::Z, english), "Ctrl+Z");
        assert_eq!(text(COMMAND_SHIFT, Key::S, english), "Ctrl+Shift+S");
        assert_eq!(text(Modifiers::SHIFT, Key::Delete, english), "Shift+Delete");
        assert_eq!(text(Modifiers::NONE, Key::PageDown, english), "Page Down");
        assert_eq!(text(Modifiers::COMMAND, Key::Plus, english), "Ctrl+Plus");
    }

    #[test]
    fn a_mac_names_the_command_key() {
        let shortcut = KeyboardShortcut::new(COMMAND_SHIFT, Key::S);
        assert_eq!(
            shortcut_text(&shortcut, Language::German, true),
            "Umschalt+Befehl+S"
        );
        assert_eq!(
            shortcut_text(&shortcut, Language::English, true),
            "Shift+Cmd+S"
        );
    }
}
