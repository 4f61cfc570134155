/**
 * The HTML of a page of the test server. Fetched once more after a dropped connection: Node's
 * fetch reuses kept-alive sockets, and on a loaded machine the server may close one as a request
 * goes out on it ("other side closed").
 */
export async function htmlOf(url: string): Promise<string> {
  const get = async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answers HTTP ${response.status}`);
    return response.text();
  };
  try {
    return await get();
  } catch (error) {
    if (error instanceof TypeError) return get();
    throw error;
  }
}
