// `argmap export`'s flags (cli/export.ts, parseArgs): the slide formats, by --format or --to.
import { parseArgs, planOutputs } from '../../cli/export.ts';

describe('argmap export: flags', () => {
  it('takes the slide formats by --to as by --format, with the image formats, once each', () => {
    expect(parseArgs(['m.json', '--to', 'slides-pdf,pptx']).formats).toEqual(['slides-pdf', 'pptx']);
    expect(parseArgs(['m.json', '--format', 'png', '--to', 'pptx,png']).formats).toEqual(['png', 'pptx']);
    expect(parseArgs(['m.json']).formats).toEqual(['png']);
  });

  it('refuses a format it does not know, naming those it does', () => {
    expect(() => parseArgs(['m.json', '--to', 'keynote'])).toThrow(
      'Unknown format "keynote": use png, svg, pdf, slides-pdf, pptx or html.',
    );
  });
});

describe('argmap export: where the files go', () => {
  it('names slides name-slides.pdf and name.pptx in the folder, beside the images', () => {
    expect(planOutputs(['maps/a.argmap.json'], ['pdf', 'slides-pdf', 'pptx'], 'out').map((j) => j.target)).toEqual([
      'out/a.pdf',
      'out/a-slides.pdf',
      'out/a.pptx',
    ]);
  });

  it('writes one file where --out names it with the extension of the format asked for, and refuses another', () => {
    expect(planOutputs(['m.json'], ['slides-pdf'], 'talk.pdf')[0]!.target).toBe('talk.pdf');
    expect(planOutputs(['m.json'], ['pptx'], 'talk.pptx')[0]!.target).toBe('talk.pptx');
    expect(() => planOutputs(['m.json'], ['pptx'], 'talk.pdf')).toThrow('--out talk.pdf does not end in .pptx, the format asked for.');
    // A folder without an extension is a folder, whatever the formats.
    expect(planOutputs(['m.json'], ['png', 'pptx'], 'slides').map((j) => j.target)).toEqual(['slides/m.png', 'slides/m.pptx']);
  });
});
