/** A .txt file imported into the task pane bundle arrives as its text (webpack's asset/source). */
declare module "*.txt" {
  const text: string;
  export default text;
}
