// conf imports ajv (and ajv-formats) to validate a `schema` option; gateprep never passes one
// (the progress store validates its file with zod), so the app's bundle carries this stand-in
// instead of ~210 KB of ajv. If conf were ever given a schema, it would fail loudly here.
export class Ajv2020 {
  constructor() {
    throw new Error('gateprep does not bundle ajv: do not pass conf a schema');
  }
}
export default function ajvFormats() {
  throw new Error('gateprep does not bundle ajv-formats: do not pass conf a schema');
}
