// mammoth's prebuilt browser bundle has the same API as the package; its types live with the package.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
