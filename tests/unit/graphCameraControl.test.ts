// @vitest-environment jsdom
/**
 * The graph's camera alone, on a bare canvas: d3-zoom's transform, fitting, following the
 * picture until a person takes the camera, eased moves and prefers-reduced-motion.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphCamera, MOVE_MS } from '../../src/graph/graphCamera.ts';
import { fitTransform } from '../../src/graph/camera.ts';

const square = Float32Array.from([-100, -100, 100, 100, -100, 100, 100, -100]);

function setUp(reducedMotion = true) {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const changes: boolean[] = [];
  const camera = new GraphCamera(canvas, {
    reducedMotion: () => reducedMotion,
    onNode: () => false,
    onchange: (byPerson) => changes.push(byPerson),
  });
  camera.resize(800, 600);
  return { camera, changes, canvas };
}

/** Animation frames the test runs by hand. */
function stubFrames(): FrameRequestCallback[] {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', (h: number) => {
    if (h > 0) frames[h - 1] = () => {};
  });
  return frames;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('GraphCamera', () => {
  it('fits the picture, and converts between layout units and the screen', () => {
    const { camera, changes } = setUp();
    camera.fit(square, null, false);
    expect(camera.transform).toEqual(fitTransform(square, 4, 800, 600));
    expect(changes).toEqual([false]);
    const s = camera.toScreen(0, 0);
    expect(s).toEqual({ x: 400, y: 300 });
    const back = camera.toLayout(s.x, s.y);
    expect(back.x).toBeCloseTo(0);
    expect(back.y).toBeCloseTo(0);
  });

  it('follows the picture until a key pans or zooms it', () => {
    const { camera } = setUp();
    camera.follow(square, null);
    const fitted = camera.transform;
    camera.panBy(80, 0);
    expect(camera.autoFit).toBe(false);
    expect(camera.transform.x).toBeCloseTo(fitted.x + 80);
    camera.follow(Float32Array.from([0, 0, 1000, 1000]), null);
    expect(camera.transform.x).toBeCloseTo(fitted.x + 80);
    camera.zoomBy(2);
    expect(camera.transform.k).toBeCloseTo(fitted.k * 2);
    // Zoomed about the centre of the view: what was there stays there.
    const centre = camera.toLayout(400, 300);
    camera.zoomBy(1.5);
    const after = camera.toScreen(centre.x, centre.y);
    expect(after.x).toBeCloseTo(400);
    expect(after.y).toBeCloseTo(300);
  });

  it('reveals a point out of view, centred, and leaves one in view alone', () => {
    const { camera } = setUp();
    camera.set({ k: 1, x: 0, y: 0 });
    camera.reveal(400, 300);
    expect(camera.transform).toEqual({ k: 1, x: 0, y: 0 });
    expect(camera.autoFit).toBe(true);
    camera.reveal(2000, 300);
    expect(camera.toScreen(2000, 300)).toEqual({ x: 400, y: 300 });
    expect(camera.autoFit).toBe(false);
  });

  it('eases a move over animation frames, unless motion is reduced', () => {
    const frames = stubFrames();
    const { camera } = setUp(false);
    camera.set({ k: 1, x: 0, y: 0 });
    camera.moveTo({ k: 1, x: 100, y: 0 });
    expect(camera.transform.x).toBe(0);
    const start = performance.now();
    frames.shift()!(start + MOVE_MS / 2);
    expect(camera.transform.x).toBeCloseTo(50, 0);
    frames.shift()!(start + MOVE_MS);
    expect(camera.transform.x).toBeCloseTo(100);
    expect(frames).toHaveLength(0);
  });

  it('holds still when a person takes the camera: the eased move stops', () => {
    const frames = stubFrames();
    const { camera } = setUp(false);
    camera.set({ k: 1, x: 0, y: 0 });
    camera.moveTo({ k: 1, x: 100, y: 0 });
    camera.holdStill();
    frames.forEach((f) => f(performance.now() + MOVE_MS));
    expect(camera.transform.x).toBe(0);
    expect(camera.autoFit).toBe(false);
  });
});
