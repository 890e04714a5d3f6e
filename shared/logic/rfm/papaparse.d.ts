// papaparse 5 ships no types and @types/papaparse is not installed: the little of its API the
// customer-list reader uses, typed here.
declare module 'papaparse' {
  export type ParseError = { type: string; code: string; message: string; row?: number };
  export type ParseResult = { data: string[][]; errors: ParseError[]; meta: { delimiter: string; linebreak: string } };
  export type ParseConfig = { delimiter?: string; skipEmptyLines?: boolean | 'greedy'; header?: false };
  const Papa: { parse(input: string, config?: ParseConfig): ParseResult };
  export default Papa;
}
