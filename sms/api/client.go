package api

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
)

// Signer signs for a wallet: SignDigest returns r ‖ s ‖ v (v 27/28 or 0/1) over a
// 32-byte digest. sdk's signers and wallet accounts are Signers.
type Signer interface {
	Address() common.Address
	SignDigest(digest [32]byte) ([]byte, error)
}

// SignText personal-signs text (EIP-191).
func SignText(s Signer, text string) ([]byte, error) {
	return s.SignDigest([32]byte(accounts.TextHash([]byte(text))))
}

// RefusedError is an answer of the SMS other than success.
type RefusedError struct {
	Status int
	Code   string
	Msg    string
}

func (e *RefusedError) Error() string { return "sms: " + e.Msg }

// IsCode reports whether err is a refusal with code.
func IsCode(err error, code string) bool {
	var r *RefusedError
	return errors.As(err, &r) && r.Code == code
}

// Client talks to an SMS.
type Client struct {
	base string
	http *http.Client

	mu     sync.Mutex
	status *Status
}

// NewClient returns a client of the SMS at baseURL (http://host:port).
func NewClient(baseURL string, hc *http.Client) *Client {
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	return &Client{base: strings.TrimRight(baseURL, "/"), http: hc}
}

// URL is the SMS's base URL.
func (c *Client) URL() string { return c.base }

// Status reads the SMS's status (cached after the first success).
func (c *Client) Status(ctx context.Context) (Status, error) {
	c.mu.Lock()
	if c.status != nil {
		s := *c.status
		c.mu.Unlock()
		return s, nil
	}
	c.mu.Unlock()
	var s Status
	if err := c.do(ctx, http.MethodGet, PathStatus, nil, &s); err != nil {
		return s, err
	}
	c.mu.Lock()
	c.status = &s
	c.mu.Unlock()
	return s, nil
}

// Challenge asks for a single-use challenge for addr.
func (c *Client) Challenge(ctx context.Context, addr common.Address) (Challenge, error) {
	var ch Challenge
	err := c.do(ctx, http.MethodPost, PathChallenges, ChallengeRequest{Address: addr}, &ch)
	return ch, err
}

// Push writes value as target, signed by s.
func (c *Client) Push(ctx context.Context, s Signer, t Target, value string) error {
	st, err := c.Status(ctx)
	if err != nil {
		return err
	}
	ch, err := c.Challenge(ctx, s.Address())
	if err != nil {
		return err
	}
	sig, err := SignText(s, WriteMessage(st.ChainID, st.Hub, t, sha256.Sum256([]byte(value)), ch.Challenge))
	if err != nil {
		return err
	}
	return c.do(ctx, http.MethodPut, t.Path(), Write{Value: value, Signer: s.Address(), Challenge: ch.Challenge, Signature: sig}, nil)
}

// Has reports whether the secret target exists.
func (c *Client) Has(ctx context.Context, t Target) (bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, c.base+t.Path(), nil)
	if err != nil {
		return false, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return false, fmt.Errorf("sms at %s: %w", c.base, err)
	}
	resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNoContent, http.StatusOK:
		return true, nil
	case http.StatusNotFound:
		return false, nil
	}
	return false, &RefusedError{Status: resp.StatusCode, Code: CodeInternal, Msg: fmt.Sprintf("HEAD %s: %s", t.Path(), resp.Status)}
}

// OpenSession sends a session request whose Signature the caller set (see SignSession).
func (c *Client) OpenSession(ctx context.Context, r SessionRequest) (SessionResponse, error) {
	var out SessionResponse
	err := c.do(ctx, http.MethodPost, PathSessions, r, &out)
	return out, err
}

// SignSession sets r.Signature, the worker s's signature of r for the SMS whose status
// is st.
func SignSession(s Signer, st Status, r *SessionRequest) error {
	b, err := json.Marshal(r.Evidence)
	if err != nil {
		return err
	}
	sig, err := SignText(s, SessionMessage(st.ChainID, st.Hub, *r, sha256.Sum256(b)))
	if err != nil {
		return err
	}
	r.Signature = sig
	return nil
}

// EvidenceDigest is the sha256 of the evidence's JSON, as SessionMessage names it.
func EvidenceDigest(r SessionRequest) [32]byte {
	b, _ := json.Marshal(r.Evidence)
	return sha256.Sum256(b)
}

func (c *Client) do(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return err
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("sms at %s: %w", c.base, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 8<<20))
	if err != nil {
		return fmt.Errorf("sms at %s: reading the answer: %w", c.base, err)
	}
	if resp.StatusCode/100 != 2 {
		var e Error
		if json.Unmarshal(b, &e) == nil && e.Error != "" {
			return &RefusedError{Status: resp.StatusCode, Code: e.Code, Msg: e.Error}
		}
		return &RefusedError{Status: resp.StatusCode, Code: CodeInternal, Msg: fmt.Sprintf("%s %s: %s", method, path, resp.Status)}
	}
	if out == nil || len(b) == 0 {
		return nil
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("sms at %s: bad answer to %s %s: %v", c.base, method, path, err)
	}
	return nil
}
