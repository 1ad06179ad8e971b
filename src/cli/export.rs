//! `netzwerk-canvas export`: the PDF export for scripts and batch printing: canvases,
//! the blank template, a meeting brief, or the Netzwerkbuch's contact list and map.

use chrono::Utc;

use super::{ExportArgs, PaperArg};
use crate::export::{ExportRequest, Orientation, PageSetup, Paper, Printed, export};
use crate::export_file::{ExportFileError, UnsafeTarget, check_pdf_target, write};
use crate::i18n::{Language, Msg};
use crate::model::{Collaboration, DEFAULT_TEMPLATE_ID, Template, Workspace};

/// Runs the export and returns the process exit code; messages go to stdout and stderr.
pub fn run_export(args: &ExportArgs) -> i32 {
    let language = args.language.language();
    let result = if args.vcard || args.csv {
        super::contacts_out::export_contacts(args, language)
    } else {
        export_file(args, language)
    };
    match result {
        Ok(summary) => super::stdout::print_lines("export", [summary], language),
        Err(message) => {
            eprintln!("netzwerk-canvas export: {message}");
            1
        }
    }
}

fn export_file(args: &ExportArgs, language: Language) -> Result<String, String> {
    check_output(args, language)?;
    let workspace = args.secret.open(&args.file, language)?.workspace;
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
    let request = request(args, &workspace, language)?;
    let output = args.output.display().to_string();
    let pdf = export(&request, &|_, _| {})
        .map_err(ExportFileError::from)
        .and_then(|pdf| write(&args.output, &pdf).map(|()| pdf))
        .map_err(|error| {
            format!(
                "{} {}",
                Msg::ExportFailed.fill(language, &[("file", &output)]),
                error.message(language)
            )
        })?;
    let mut summary = Msg::ExportDone.fill_count(language, pdf.page_count, &[("file", &output)]);
    if pdf.replaced_characters > 0 {
        summary.push(' ');
        summary.push_str(
            &Msg::ExportReplaced.fill(language, &[("count", &pdf.replaced_characters.to_string())]),
        );
        summary.push(' ');
        summary.push_str(&crate::export::missing_summary(language, &pdf.missing));
    }
    Ok(summary)
}

/// The export the arguments ask for; the page rules of the brief and the map apply in
/// [`export`].
fn request(
    args: &ExportArgs,
    workspace: &Workspace,
    language: Language,
) -> Result<ExportRequest, String> {
    let today = super::today_or_local(args.today);
    let printed = if args.contacts {
        Printed::Contacts {
            contacts: workspace.contacts.clone(),
            today,
        }
    } else if args.map {
        Printed::Map {
            contacts: workspace.contacts.clone(),
            today,
        }
    } else if args.blank {
        let id = args.template.as_deref().unwrap_or(DEFAULT_TEMPLATE_ID);
        let template = (workspace.template(id))
            .or_else(|| workspace.template(DEFAULT_TEMPLATE_ID))
            .cloned()
            .unwrap_or_else(Template::kooperations_canvas);
        Printed::Blank { template }
    } else if let Some(title) = args.brief.as_deref() {
        match select(&workspace.collaborations, Some(title), language)?
            .into_iter()
            .next()
        {
            Some(collaboration) => Printed::Brief {
                template: workspace.template_for(&collaboration).into_owned(),
                collaboration: Box::new(collaboration),
            },
            // `select` already refuses a title that matches nothing.
            None => Printed::Canvases {
                collaborations: Vec::new(),
                templates: Vec::new(),
            },
        }
    } else {
        Printed::Canvases {
            collaborations: select(&workspace.collaborations, args.only.as_deref(), language)?,
            templates: workspace.templates_for_export(DEFAULT_TEMPLATE_ID),
        }
    };
    let page = PageSetup {
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::A3 => Paper::A3,
        },
        orientation: if args.portrait {
            Orientation::Portrait
        } else {
            Orientation::Landscape
        },
    };
    let name = args
        .file
        .file_stem()
        .map_or_else(String::new, |stem| stem.to_string_lossy().into_owned());
    Ok(ExportRequest::new(
        printed,
        page,
        language,
        Utc::now(),
        &name,
    ))
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
