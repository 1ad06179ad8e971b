//! `netzwerk-canvas export`: the PDF export for scripts and batch printing: canvases,
//! the blank template, a meeting brief, or the Netzwerkbuch's contact list and map.

use std::path::Path;

use chrono::Utc;

use super::{ExportArgs, PaperArg};
use crate::export::{ExportOptions, ExportedPdf, Orientation, PageSetup, Paper};
use crate::export_file::{
    ExportFileError, UnsafeTarget, brief_to_file, check_pdf_target, contacts_to_file,
    export_to_file, map_to_file,
};
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, DEFAULT_TEMPLATE_ID, Workspace};
use crate::storage::load_workspace;

/// Runs the export and returns the process exit code; messages go to stdout and stderr.
pub fn run_export(args: &ExportArgs) -> i32 {
    let language = args.language.language();
    match export(args, language) {
        Ok(summary) => {
            println!("{summary}");
            0
        }
        Err(message) => {
            eprintln!("netzwerk-canvas export: {message}");
            1
        }
    }
}

fn export(args: &ExportArgs, language: Language) -> Result<String, String> {
    let input = args.file.display().to_string();
    check_output(args, language)?;
    let workspace = load_workspace(&args.file).map_err(|error| {
        format!(
            "{} {}",
            Msg::OpenFailed.fill(language, &[("file", &input)]),
            error.message(language)
        )
    })?;
    if let Some(id) = args.template.as_deref()
        && workspace.template(id).is_none()
    {
        let known: Vec<String> = workspace
            .available_templates()
            .iter()
            .map(|t| t.id.clone())
            .collect();
        let values = [("id", id), ("known", &known.join(", "))];
        return Err(Msg::CliNoSuchTemplate.fill(language, &values));
    }
    let only = args.brief.as_deref().or(args.only.as_deref());
    let collaborations = if args.contacts || args.map {
        Vec::new()
    } else {
        select(&workspace.collaborations, only, language)?
    };
    let blank_title = workspace
        .template(args.template.as_deref().unwrap_or(DEFAULT_TEMPLATE_ID))
        .map(|template| template.name(language).to_owned());
    let options = options(args, (&collaborations, blank_title), language);
    let output = args.output.display().to_string();
    let pdf = write_pdf(args, &workspace, &collaborations, &options).map_err(|error| {
        format!(
            "{} {}",
            Msg::ExportFailed.fill(language, &[("file", &output)]),
            error.message(language)
        )
    })?;
    let mut summary = Msg::ExportDone.fill(
        language,
        &[("file", &output), ("pages", &pdf.page_count.to_string())],
    );
    if pdf.replaced_characters > 0 {
        summary.push(' ');
        summary.push_str(
            &Msg::ExportReplaced.fill(language, &[("count", &pdf.replaced_characters.to_string())]),
        );
    }
    Ok(summary)
}

/// `blank_title` names the blank sheet's template.
fn options(
    args: &ExportArgs,
    (collaborations, blank_title): (&[Collaboration], Option<String>),
    language: Language,
) -> ExportOptions {
    let title = if args.contacts {
        Msg::PdfContactsTitle.text(language).to_owned()
    } else if args.map {
        Msg::PdfMapTitle.text(language).to_owned()
    } else {
        document_title(
            &args.file,
            collaborations,
            (
                args.blank.then_some(blank_title).flatten(),
                args.brief.is_some(),
            ),
            language,
        )
    };
    ExportOptions {
        page: PageSetup {
            paper: match args.paper {
                PaperArg::A4 => Paper::A4,
                PaperArg::A3 => Paper::A3,
            },
            orientation: if (args.portrait || args.brief.is_some()) && !args.map {
                Orientation::Portrait
            } else {
                Orientation::Landscape
            },
        },
        blank: args.blank,
        language,
        exported_at: Utc::now(),
        document_title: title,
    }
}

/// Builds the PDF that the arguments ask for and writes it atomically.
fn write_pdf(
    args: &ExportArgs,
    workspace: &Workspace,
    collaborations: &[Collaboration],
    options: &ExportOptions,
) -> Result<ExportedPdf, ExportFileError> {
    let today = super::today_or_local(args.today);
    if args.contacts {
        return contacts_to_file(workspace, options, today, &args.output);
    }
    if args.map {
        return map_to_file(workspace, options, today, &args.output);
    }
    let first = args.template.as_deref().unwrap_or(DEFAULT_TEMPLATE_ID);
    let templates = workspace.templates_for_export(first);
    match args.brief.as_ref().and(collaborations.first()) {
        Some(collaboration) => {
            let template = workspace.template_for(collaboration);
            brief_to_file(collaboration, &template, options, &args.output)
        }
        None => export_to_file(
            collaborations,
            &templates,
            options,
            &args.output,
            &|_, _| {},
        ),
    }
}

fn select(
    collaborations: &[Collaboration],
    only: Option<&str>,
    language: Language,
) -> Result<Vec<Collaboration>, String> {
    let Some(title) = only else {
        return Ok(collaborations.to_vec());
    };
    let wanted = title.trim().to_lowercase();
    let chosen: Vec<Collaboration> = collaborations
        .iter()
        .filter(|c| c.title.trim().to_lowercase() == wanted)
        .cloned()
        .collect();
    if chosen.is_empty() {
        let titles: Vec<String> = collaborations
            .iter()
            .map(|c| format!("„{}“", c.title))
            .collect();
        return Err(Msg::CliNoMatch.fill(
            language,
            &[("title", title), ("titles", &titles.join(", "))],
        ));
    }
    Ok(chosen)
}

fn document_title(
    file: &Path,
    collaborations: &[Collaboration],
    (blank, brief): (Option<String>, bool),
    language: Language,
) -> String {
    if let Some(template) = blank {
        return template;
    }
    match collaborations {
        [single] if brief => format!("{} – {}", Msg::BriefTitle.text(language), single.title),
        [single] => single.title.clone(),
        _ => {
            let name = file
                .file_stem()
                .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
            Msg::PdfAllTitle.fill(language, &[("name", &name)])
        }
    }
}

/// Guards against `-o` naming the workspace itself, which the PDF would replace.
/// The PDF never replaces the workspace itself; its `.bak` or another file that is not
/// a PDF only with `--force`.
fn check_output(args: &ExportArgs, language: Language) -> Result<(), String> {
    let file = args.output.display().to_string();
    match check_pdf_target(&args.output, Some(&args.file)) {
        Ok(()) => Ok(()),
        Err(UnsafeTarget::Workspace) => Err(UnsafeTarget::Workspace.message(language, &file)),
        Err(_) if args.force => Ok(()),
        Err(unsafe_target) => Err(format!(
            "{} {}",
            unsafe_target.message(language, &file),
            Msg::CliForceHint.text(language)
        )),
    }
}
