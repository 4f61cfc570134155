// The type-check worker: TypeScript's compiler, loaded only when a reader edits a cell (it is about
// 1 MB), checking the reader's code off the page's main thread.
import environment from "virtual:cell-types";
import { createCellTypeChecker, type CellTypeError, type TypeCheckRequest } from "./checkCellTypes";

export interface TypeCheckMessage {
  id: number;
  request: TypeCheckRequest;
}

export interface TypeCheckReply {
  id: number;
  errors: CellTypeError[];
}

const checker = createCellTypeChecker(environment);
const post = (reply: TypeCheckReply) => (self as unknown as { postMessage(m: TypeCheckReply): void }).postMessage(reply);

self.addEventListener("message", (event: MessageEvent<TypeCheckMessage>) => {
  post({ id: event.data.id, errors: checker.check(event.data.request) });
});
