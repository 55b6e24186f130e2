// The coordinator's microphone: one recording at a time with MediaRecorder, in the first
// type this browser records that phones play (Chromium and Firefox: WebM or Ogg with
// Opus; Safari: MP4), handed back as a File ready to upload.
let current = null;

const TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"];

export async function startRecording() {
  if (current) throw "busy";
  if (!navigator.mediaDevices || !window.MediaRecorder) throw "unsupported";
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t)) || "";
  const recorder = new MediaRecorder(stream, type ? { mimeType: type } : {});
  const chunks = [];
  recorder.ondataavailable = (e) => { if (e.data && e.data.size) chunks.push(e.data); };
  const done = new Promise((resolve) => {
    recorder.onstop = () => {
      stream.getTracks().forEach((t) => t.stop());
      resolve(new Blob(chunks, { type: (recorder.mimeType || type || "audio/webm").split(";")[0] }));
    };
  });
  recorder.start();
  current = { recorder, done };
}

// Stops the recording; the File is named `stem` with the ending of its type.
export async function stopRecording(stem) {
  if (!current) throw "idle";
  const { recorder, done } = current;
  current = null;
  recorder.stop();
  const blob = await done;
  const ending = { "audio/ogg": "ogg", "audio/mp4": "m4a" }[blob.type] || "webm";
  return new File([blob], `${stem}.${ending}`, { type: blob.type });
}

// PUT a file with the session's cookie; [status, body text].
export async function putFile(url, file) {
  const response = await fetch(url, {
    method: "PUT",
    credentials: "same-origin",
    headers: { "Content-Type": file.type },
    body: file,
  });
  return [response.status, await response.text()];
}

// A form definition as a JSON file, for the form upload.
export function jsonFile(name, text) {
  return new File([text], name, { type: "application/json" });
}
