import { render } from 'preact';

// Placeholder entry: the UI work replaces this with the real shell.
function App() {
  return <main><h1>Finn hjelp</h1><a href="tel:112">112</a></main>;
}
render(<App />, document.getElementById('app')!);
