//! Files in and out of the browser: downloading a text as a file, reading a chosen file.

use crate::format::validate::MAX_FILE_BYTES;
use crate::format::FileProblem;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` to the person as a downloaded file called `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("The file could not be made: {e:?}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("There is no page to download from.")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: web_sys::HtmlAnchorElement =
        document
            .create_element("a")
            .map_err(fail)?
            .dyn_into()
            .map_err(|_| "The download link could not be made.".to_string())?;
    link.set_href(&url);
    link.set_download(file_name);
    // In the page while clicked, as some browsers only follow links that are.
    let body = document
        .body()
        .ok_or("There is no page to download from.")?;
    body.append_child(&link).map_err(fail)?;
    link.click();
    link.remove();
    // Some browsers read the file after the click returns: revoking the address at once
    // can cancel the download, so it is freed a minute later.
    leptos::prelude::set_timeout(
        move || {
            // Nothing is lost if the browser already let the address go.
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Reads a chosen or dropped file as text, refusing one too large before reading it.
pub async fn read_file(file: &web_sys::File) -> Result<String, FileProblem> {
    let bytes = file.size() as usize;
    if bytes > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        });
    }
    let bytes = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileProblem::whole("the browser could not read this file"))?;
    Ok(crate::format::text::decode(
        js_sys::Uint8Array::new(&bytes).to_vec(),
    ))
}

/// Every file of a file input or a drop, in the order given.
pub fn files_in(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map_or_else(Vec::new, |list| {
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    })
}
