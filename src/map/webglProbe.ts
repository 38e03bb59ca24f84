// Whether a canvas can draw with WebGL 2: a context, and a tiny shader program that compiles and
// links (a context alone can come from a driver that then fails every shader). The context is let
// go at once. No DOM: the worker (webgl.worker.ts) passes an OffscreenCanvas, the page a canvas.
const VERTEX = '#version 300 es\nin vec2 p;void main(){gl_Position=vec4(p,0.,1.);}';
const FRAGMENT = '#version 300 es\nprecision mediump float;out vec4 c;void main(){c=vec4(1.);}';

interface ProbeCanvas {
  getContext(id: 'webgl2'): unknown;
}

export function probeWebGL2(canvas: ProbeCanvas): boolean {
  try {
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
    if (!gl) return false;
    const ok = linkProgram(gl);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return ok;
  } catch {
    return false;
  }
}

function linkProgram(gl: WebGL2RenderingContext): boolean {
  const program = gl.createProgram();
  const shaders = [compile(gl, gl.VERTEX_SHADER, VERTEX), compile(gl, gl.FRAGMENT_SHADER, FRAGMENT)];
  for (const shader of shaders) if (shader) gl.attachShader(program, shader);
  gl.linkProgram(program);
  const linked = shaders.every(Boolean) && gl.getProgramParameter(program, gl.LINK_STATUS) === true;
  for (const shader of shaders) gl.deleteShader(shader);
  gl.deleteProgram(program);
  return linked;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader | null {
  const shader = gl.createShader(type);
  if (!shader) return null;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  return shader;
}
