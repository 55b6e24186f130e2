//! A signature pad: the respondent draws with a finger; the drawing is kept as a PNG
//! data URL inside the (encrypted) consent record.

use leptos::ev::PointerEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

use crate::i18n::{t, ui};

/// Canvas resolution; the element is scaled to the screen width by CSS.
const WIDTH: u32 = 600;
const HEIGHT: u32 = 360;

fn context(canvas: &web_sys::HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten()?.dyn_into().ok()
}

fn point(canvas: &web_sys::HtmlCanvasElement, ev: &PointerEvent) -> (f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    let x = (f64::from(ev.client_x()) - rect.left()) * f64::from(WIDTH) / rect.width().max(1.0);
    let y = (f64::from(ev.client_y()) - rect.top()) * f64::from(HEIGHT) / rect.height().max(1.0);
    (x, y)
}

/// `image` holds the PNG data URL once something was drawn, `None` when blank.
#[component]
pub fn SignaturePad(image: RwSignal<Option<String>>) -> impl IntoView {
    let ui = ui();
    let canvas = NodeRef::<Canvas>::new();
    let drawing = RwSignal::new(false);

    let start = move |ev: PointerEvent| {
        let Some(c) = canvas.get() else { return };
        ev.prevent_default();
        let _ = c.set_pointer_capture(ev.pointer_id());
        if let Some(ctx) = context(&c) {
            let (x, y) = point(&c, &ev);
            ctx.set_line_width(4.0);
            ctx.set_line_cap("round");
            ctx.set_line_join("round");
            ctx.set_stroke_style_str("#111");
            ctx.begin_path();
            ctx.move_to(x, y);
            ctx.line_to(x + 0.1, y + 0.1);
            ctx.stroke();
        }
        drawing.set(true);
    };
    let draw = move |ev: PointerEvent| {
        if !drawing.get_untracked() {
            return;
        }
        let Some(c) = canvas.get() else { return };
        if let Some(ctx) = context(&c) {
            let (x, y) = point(&c, &ev);
            ctx.line_to(x, y);
            ctx.stroke();
        }
    };
    let finish = move |_: PointerEvent| {
        if !drawing.get_untracked() {
            return;
        }
        drawing.set(false);
        if let Some(c) = canvas.get() {
            image.set(c.to_data_url().ok());
        }
    };
    let clear = move |_| {
        if let Some(c) = canvas.get()
            && let Some(ctx) = context(&c)
        {
            ctx.clear_rect(0.0, 0.0, f64::from(WIDTH), f64::from(HEIGHT));
        }
        image.set(None);
    };

    view! {
        <div class="signature">
            <p class="pad-label" id="signature-pad-label">{t("consent-signature-label")}</p>
            <canvas
                id="signature-pad"
                node_ref=canvas
                width=WIDTH
                height=HEIGHT
                role="img"
                aria-label=move || ui.t("consent-signature-pad")
                aria-describedby="signature-pad-label"
                on:pointerdown=start
                on:pointermove=draw
                on:pointerup=finish
                on:pointercancel=finish
            ></canvas>
            <button type="button" id="signature-clear" on:click=clear>{t("consent-signature-clear")}</button>
        </div>
    }
}
