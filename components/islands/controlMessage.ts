/**
 * Writes beside a control what became of the reader's last change to it, or clears it with "".
 * A "note" says a value moved ("heads h is now 4: ..."); an "error" says the value in the control
 * was refused and the figure still shows the last good one: the control is then aria-invalid.
 * Text only (textContent): a message may quote what the reader typed.
 */
export function setControlMessage(control: HTMLElement, message: HTMLElement, text: string, kind: "note" | "error" = "note"): void {
  if (message.textContent !== text) message.textContent = text;
  if (text && kind === "error") {
    message.dataset.kind = "error";
    control.setAttribute("aria-invalid", "true");
  } else {
    delete message.dataset.kind;
    control.removeAttribute("aria-invalid");
  }
}
