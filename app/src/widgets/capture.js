// Reads the file chosen (or just taken) in a photo, recording, video or file question.
// Photos are drawn smaller and stored as JPEG before they reach the encrypted vault;
// other files are refused above the cap before they are read into memory.
export async function readFile(input, maxPixels, maxBytes) {
  const file = input.files && input.files[0];
  if (!file) return "";
  if (maxPixels > 0 && file.type.startsWith("image/")) {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, maxPixels / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext("2d").drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return canvas.toDataURL("image/jpeg", 0.8);
  }
  if (file.size > maxBytes) throw "too-large";
  return await new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
