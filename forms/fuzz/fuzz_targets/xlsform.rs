//! XLSForm import of arbitrary bytes as a workbook (.xlsx, or .xls when the first byte is
//! odd); a form that imports is compiled, settled and validated on an empty answer set.
#![no_main]

use forms::model::Answers;
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // The importer catches a panic of the workbook reader and refuses the file;
        // libFuzzer's hook would abort on it even so. A panic the importer lets through
        // still ends the run as a crash.
        std::panic::set_hook(Box::new(|info| eprintln!("{info}")));
    },
    |data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else {
        return;
    };
    let name = if mode & 1 == 1 {
        "form.xls"
    } else {
        "form.xlsx"
    };
    let Ok(imported) = forms::xlsform::import(bytes, name) else {
        return;
    };
    let form = imported.form.compile().expect("an imported form compiles");
    let mut answers = Answers::new();
    forms::validate::settle(&form, &mut answers, "2026-05-20");
    let _ = forms::validate::validate(&form, &answers, "2026-05-20");
});
