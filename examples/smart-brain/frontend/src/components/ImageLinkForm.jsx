import React from 'react';

export default function ImageLinkForm({ onInputChange, onSubmit }) {
  return (
    <section className="center">
      <p>This Magic Brain will detect faces in your pictures. Give it a try.</p>
      <input className="f4 pa2 w-70" type="text" onChange={onInputChange} />
      <button className="w-30 grow f4 link ph3 pv2 dib white bg-light-purple" onClick={onSubmit}>
        Detect
      </button>
    </section>
  );
}
